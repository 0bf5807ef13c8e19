/**
 * The dataset's closed vocabularies, without the schema library, so code that only needs the
 * words (URL params, filters) does not load the validator.
 */
export const SCHEMA_VERSION = 1

/**
 * A dataset's key in URLs and API paths: its folder name under data/ ("2017"). Lower-case words,
 * digits and hyphens, so it is safe in a path and a query string; "index" names the list of them.
 */
export const DATASET_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const isDatasetKey = (key: string) => DATASET_KEY_PATTERN.test(key) && key !== 'index'

export const categories = [
  'governance',
  'innovation',
  'finance',
  'insurance',
  'e-commerce',
  'logistics',
  'publishing',
] as const

export const units = [
  'count',
  'people',
  'CNY',
  'USD',
  'percent',
  'provinces',
  'days',
  'years',
] as const

export const qualifiers = ['exact', 'more-than', 'up-to', 'about'] as const

/**
 * How a figure is compared with its target. `deadline`: the figure is days taken and the target the
 * days allowed (shown as days early or late, never as a percentage). `qualitative`: the source
 * states the goal and its outcome in words only; the verdict is the source's sentence.
 */
export const targetKinds = ['reach', 'stay-above', 'stay-below', 'deadline', 'qualitative'] as const

/** Verdicts a qualitative goal can take from the sentence that reports it. */
export const outcomeStatuses = ['met', 'below'] as const

export const targetProvenances = ['stated', 'derived', 'illustrative', 'analyst'] as const

/** The generic chart kinds every result family is drawn with (src/families/). */
export const chartKinds = [
  'target-bars',
  'bullet',
  'log-funnel',
  'share-of-whole',
  'timeline',
] as const

/**
 * The kinds a dashboard.json can ask for by name, each metric against its target: `bullet`,
 * `target-bars`, and `log-funnel` (bars on a log scale, for stages a hundred times apart).
 */
export const dataChartKinds = ['bullet', 'target-bars', 'log-funnel'] as const
