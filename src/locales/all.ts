/**
 * Every part of each catalog in one object, for tests and build scripts. The app never imports
 * this: it loads each part with the code that uses it (src/i18n/i18n.ts).
 */

import type { CatalogPart } from '@/i18n/catalog-parts'
import enCharts from './en/charts.json'
import enCore from './en/core.json'
import enData from './en/data.json'
import enExplore from './en/explore.json'
import enPresent from './en/present.json'
import enShared from './en/shared.json'
import zhCharts from './zh-CN/charts.json'
import zhCore from './zh-CN/core.json'
import zhData from './zh-CN/data.json'
import zhExplore from './zh-CN/explore.json'
import zhPresent from './zh-CN/present.json'
import zhShared from './zh-CN/shared.json'

export const catalogPartsByLocale = {
  en: {
    core: enCore,
    charts: enCharts,
    explore: enExplore,
    present: enPresent,
    data: enData,
    shared: enShared,
  },
  'zh-CN': {
    core: zhCore,
    charts: zhCharts,
    explore: zhExplore,
    present: zhPresent,
    data: zhData,
    shared: zhShared,
  },
} satisfies Record<'en' | 'zh-CN', Record<CatalogPart, Record<string, string>>>

const merge = (parts: Record<CatalogPart, Record<string, string>>): Record<string, string> =>
  Object.assign({}, ...Object.values(parts))

export const en = merge(catalogPartsByLocale.en)
export const zh = merge(catalogPartsByLocale['zh-CN'])
