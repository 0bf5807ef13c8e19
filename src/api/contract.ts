/**
 * The API contract, written once: paths relative to VITE_API_BASE_URL (the app's own origin by
 * default). The client, the build (which emits these files), scripts/check-dist.ts and the msw
 * handlers all take them from here.
 *
 *   GET <base>/api/v1/kpis/index.json   the published datasets, newest first (datasetIndex)
 *   GET <base>/api/v1/kpis/<key>.json   one dataset, by its key (its folder name under data/)
 */
export const API_ROOT = 'api/v1/kpis'

export const DATASET_INDEX_PATH = `${API_ROOT}/index.json`

export function datasetPath(key: string): string {
  return `${API_ROOT}/${encodeURIComponent(key)}.json`
}

/**
 * Where the API's paths start: VITE_API_BASE_URL when the build points at another API, else the
 * app's own base path. The client and the build's dataset preload both start from here.
 */
export function apiRoot(base: string, appBase: string): string {
  return base === '' ? appBase : base.endsWith('/') ? base : `${base}/`
}
