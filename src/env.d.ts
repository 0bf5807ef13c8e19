/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Key of the dataset a visit without ?year= opens: the newest in data/, set by vite.config.ts. */
  readonly VITE_DEFAULT_DATASET: string
  /** That dataset's organisation and edition in both languages, as JSON (vite.config.ts). */
  readonly VITE_DEFAULT_BRAND: string
  readonly VITE_API_BASE_URL?: string
  readonly VITE_MOCKS?: string
  /** The first retry's wait in ms (1000 unless a build sets it: the browser-test build, 100). */
  readonly VITE_RETRY_BACKOFF_MS?: string
}
