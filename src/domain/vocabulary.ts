/**
 * The dataset's closed vocabularies, without the schema library, so code that only needs the
 * words (URL params, filters) does not load the validator.
 */
export const SCHEMA_VERSION = 1

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

export const targetKinds = ['reach', 'stay-above', 'stay-below'] as const

export const targetProvenances = ['stated', 'derived', 'illustrative', 'analyst'] as const
