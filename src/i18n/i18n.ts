import { i18n } from '@lingui/core'
import type { Locale } from '../lib/format'

/** Compiled catalogs, each in its own chunk: a reader downloads only their language. */
const catalogs: Record<Locale, () => Promise<{ messages: Record<string, unknown> }>> = {
  en: () => import('../locales/en.json?lingui'),
  'zh-CN': () => import('../locales/zh-CN.json?lingui'),
}

export async function activateLocale(locale: Locale): Promise<void> {
  if (i18n.locale === locale) return
  const { messages } = await catalogs[locale]()
  i18n.loadAndActivate({ locale, messages: messages as never })
}

/** The reader's language when the URL does not say: Chinese for any zh-* browser, else English. */
export function browserLocale(languages: readonly string[] = navigator.languages): Locale {
  return languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en'
}

export { i18n }
