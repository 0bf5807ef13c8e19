import * as z from 'zod/mini'
import { statuses } from '@/domain/status'
import { categories, isDatasetKey, targetProvenances } from '@/domain/vocabulary'
import { locales } from '@/lib/format'
import { pickValid, type SearchShape } from '@/lib/url-state'

export const themes = ['light', 'dark'] as const
export type Theme = (typeof themes)[number]

/** Money in the currency each figure is stated in, unless the reader picks one to convert to. */
export const currencyModes = ['CNY', 'USD'] as const
export type CurrencyMode = (typeof currencyModes)[number]

/**
 * Which dataset the view shows, by key: ?year=2017 arrives as a number, ?year=some-id as text.
 * Unset, the newest dataset (see src/api/dataset-key.ts).
 */
const datasetKeyParam = z.union([
  z.int().check(
    z.gte(1),
    z.refine((n) => isDatasetKey(String(n))),
  ),
  z.string().check(z.refine(isDatasetKey, 'not a dataset key')),
])

/** Parameters every view understands; they survive navigation between views. */
export const globalSearch = {
  year: datasetKeyParam,
  theme: z.enum(themes),
  currency: z.enum(currencyModes),
  lang: z.enum(locales),
} satisfies SearchShape

const uniqueList = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(
    z.minLength(1),
    z.maxLength(50),
    z.refine((list) => new Set(list).size === list.length, 'values repeat'),
  )

/** The analyst's filters (see MetricFilters); they narrow the overview, the workspace and the deck. */
export const filterSearch = {
  categories: uniqueList(z.enum(categories)),
  events: uniqueList(z.int().check(z.gte(1), z.lte(10))),
  statuses: uniqueList(z.enum(statuses)),
  provenance: uniqueList(z.enum([...targetProvenances, 'none'])),
  flagged: z.boolean(),
  q: z.string().check(z.maxLength(200)),
} satisfies SearchShape

/** The overview: the event whose detail is open. */
export const overviewSearch = {
  event: z.int().check(z.gte(1), z.lte(10)),
} satisfies SearchShape

export const sortColumns = [
  'label',
  'value',
  'unit',
  'target',
  'attainment',
  'status',
  'provenance',
  'event',
  'category',
  'date',
] as const
export type SortColumn = (typeof sortColumns)[number]

/** The analyst workspace: table sort and the metric open in the detail drawer. */
export const exploreSearch = {
  sort: z.enum(sortColumns),
  dir: z.enum(['asc', 'desc']),
  metric: z.string().check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/), z.maxLength(120)),
} satisfies SearchShape

/** Projector themes of presentation mode: high contrast on a dark or a light screen. */
export const deckThemes = ['projector-dark', 'projector-light'] as const
export type DeckTheme = (typeof deckThemes)[number]

/**
 * Presentation mode: the slide on screen, auto-advance every `auto` seconds, the projector theme,
 * and which window this is (the audience's, or the presenter's with notes).
 */
export const presentSearch = {
  slide: z.int().check(z.gte(1)),
  auto: z.int().check(z.gte(5), z.lte(3600)),
  deck: z.enum(deckThemes),
  view: z.enum(['presenter']),
} satisfies SearchShape

/** The msw scenario switch of dev and test builds; not an app parameter. */
export const devOnlyParams = ['mock']

/** Every parameter each route accepts, to tell the reader which ones in a URL were ignored. */
export const searchShapes: Record<string, SearchShape> = {
  '/': { ...globalSearch, ...filterSearch, ...overviewSearch },
  '/explore': { ...globalSearch, ...filterSearch, ...exploreSearch },
  '/data': { ...globalSearch },
  '/present': { ...globalSearch, ...filterSearch, ...presentSearch },
}

export const validateGlobalSearch = (raw: Record<string, unknown>) => pickValid(globalSearch, raw)
export const validateOverviewSearch = (raw: Record<string, unknown>) =>
  pickValid({ ...filterSearch, ...overviewSearch }, raw)
export const validateExploreSearch = (raw: Record<string, unknown>) =>
  pickValid({ ...filterSearch, ...exploreSearch }, raw)
export const validatePresentSearch = (raw: Record<string, unknown>) =>
  pickValid({ ...filterSearch, ...presentSearch }, raw)
