import { i18n, type Messages } from '@lingui/core'
import { type Locale, locales } from '@/domain/locale'
import type { CatalogPart } from './catalog-parts'

type CompiledCatalog = () => Promise<{ messages: Messages }>

/** Compiled catalog parts, each in its own chunk: a reader downloads only their language's. */
const catalogs: Record<Locale, Record<CatalogPart, CompiledCatalog>> = {
  en: {
    core: () => import('@/locales/en/core.json?lingui'),
    charts: () => import('@/locales/en/charts.json?lingui'),
    explore: () => import('@/locales/en/explore.json?lingui'),
    present: () => import('@/locales/en/present.json?lingui'),
    data: () => import('@/locales/en/data.json?lingui'),
    shared: () => import('@/locales/en/shared.json?lingui'),
  },
  'zh-CN': {
    core: () => import('@/locales/zh-CN/core.json?lingui'),
    charts: () => import('@/locales/zh-CN/charts.json?lingui'),
    explore: () => import('@/locales/zh-CN/explore.json?lingui'),
    present: () => import('@/locales/zh-CN/present.json?lingui'),
    data: () => import('@/locales/zh-CN/data.json?lingui'),
    shared: () => import('@/locales/zh-CN/shared.json?lingui'),
  },
}

/** Parts the app has asked for: a change of language loads every one before it shows. */
const requested = new Set<CatalogPart>(['core'])
const loads = new Map<string, Promise<void>>()
/** The language being switched to, while its parts load. */
let switchingTo: Locale | undefined

function loadPart(locale: Locale, part: CatalogPart): Promise<void> {
  const key = `${locale}/${part}`
  let load = loads.get(key)
  if (!load) {
    // i18n.load merges into what the locale already has; a copy keeps the module's object intact.
    load = catalogs[locale][part]().then(({ messages }) => i18n.load(locale, { ...messages }))
    // A failed request (offline, a new deployment) is tried again the next time.
    load.catch(() => loads.delete(key))
    loads.set(key, load)
  }
  return load
}

/** Loads the language's core and every part loaded so far, then switches to it. */
export async function activateLocale(locale: Locale): Promise<void> {
  switchingTo = locale
  if (i18n.locale === locale) return
  await Promise.all([...requested].map((part) => loadPart(locale, part)))
  // A later switch wins; parts asked for meanwhile also loaded for this language (below).
  if (switchingTo === locale) i18n.activate(locale)
}

/**
 * Loads parts of the catalog in the active language (and in the one being switched to), so the
 * code that names their ids can render. Once asked for, a part follows every change of language.
 */
export async function loadCatalogParts(...parts: CatalogPart[]): Promise<void> {
  for (const part of parts) requested.add(part)
  const active = locales.find((l) => l === i18n.locale)
  const targets = new Set([active, switchingTo].filter((l) => l !== undefined))
  await Promise.all([...targets].flatMap((locale) => parts.map((part) => loadPart(locale, part))))
}

/**
 * A lazily imported module that resolves once the catalog parts its code names are loaded, so it
 * never renders a raw id: `lazy(() => withCatalogParts(import('./x'), 'charts'))`.
 */
export async function withCatalogParts<Module>(
  module: Promise<Module>,
  ...parts: CatalogPart[]
): Promise<Module> {
  const [loaded] = await Promise.all([module, loadCatalogParts(...parts)])
  return loaded
}

/** The reader's language when the URL does not say: Chinese for any zh-* browser, else English. */
export function browserLocale(languages: readonly string[] = navigator.languages): Locale {
  return languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en'
}

export { i18n }
