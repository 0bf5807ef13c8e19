import * as z from 'zod/mini'
import { locales } from '../lib/format'
import { pickValid } from '../lib/url-state'

export const themes = ['light', 'dark'] as const
export type Theme = (typeof themes)[number]

/** Money in the currency each figure is stated in, unless the reader picks one to convert to. */
export const currencyModes = ['CNY', 'USD'] as const
export type CurrencyMode = (typeof currencyModes)[number]

/** Parameters every view understands; they survive navigation between views. */
export const globalSearch = {
  theme: z.enum(themes),
  currency: z.enum(currencyModes),
  lang: z.enum(locales),
}

/** Parameters of the overview: the event whose detail is open. */
export const overviewSearch = {
  event: z.int().check(z.gte(1), z.lte(10)),
}

/** The msw scenario switch of dev and test builds; not an app parameter. */
export const devOnlyParams = ['mock']

export const validateGlobalSearch = (raw: Record<string, unknown>) => pickValid(globalSearch, raw)
export const validateOverviewSearch = (raw: Record<string, unknown>) =>
  pickValid(overviewSearch, raw)
