/**
 * Synthetic datasets for tests only (tests/fixtures/data/): invented figures, marked synthetic
 * in their ids, titles and labels. Never in data/, so never in the build.
 */
import { assembleFolders } from './dataset'

export const syntheticDatasets = assembleFolders(
  import.meta.glob('../tests/fixtures/data/*/*.json', { eager: true, import: 'default' }),
  import.meta.glob<string>('../tests/fixtures/data/sources/*', {
    eager: true,
    query: '?raw',
    import: 'default',
  }),
)
