import { i18n } from '@lingui/core'
import type { Locale } from '@/domain/locale'

/** The language Lingui is showing, for code outside React that formats in it by default. */
export function activeLocale(): Locale {
  return i18n.locale === 'zh-CN' ? 'zh-CN' : 'en'
}
