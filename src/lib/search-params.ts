/**
 * URL parameters that more than one view reads: the display choices every view keeps and the
 * analyst's filters. Each view's own parameters live with the view (src/features/<view>/search.ts);
 * src/app/search.ts puts them together per route.
 */
import * as z from 'zod/mini'
import { currencies } from '@/domain/currency'
import { locales } from '@/domain/locale'
import { referenceModes } from '@/domain/references'
import { statuses } from '@/domain/status'
import { categories, isDatasetKey, targetProvenances } from '@/domain/vocabulary'
import type { SearchShape } from './url-state'

export const themes = ['light', 'dark'] as const
export type Theme = (typeof themes)[number]

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

/**
 * Parameters every view understands; they survive navigation between views. Money shows in the
 * currency each figure is stated in, unless the reader picks one to convert to; `references=hide`
 * takes the illustrative references off every view (see withoutReferences).
 */
export const globalSearch = {
  year: datasetKeyParam,
  theme: z.enum(themes),
  currency: z.enum(currencies),
  lang: z.enum(locales),
  references: z.enum(referenceModes),
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
