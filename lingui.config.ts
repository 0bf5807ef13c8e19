import type { LinguiConfig } from '@lingui/conf'
import { formatter } from '@lingui/format-json'
import { catalogParts } from './src/i18n/catalog-parts'

/**
 * Message catalogs: src/locales/<locale>/<part>.json, { "message.id": "ICU message" }, one part per
 * group of chunks that shows them (src/i18n/catalog-parts.ts). The build compiles each part (vite
 * plugin) so no ICU parser ships; English is the source and fallback.
 */
const config: LinguiConfig = {
  locales: ['en', 'zh-CN'],
  sourceLocale: 'en',
  fallbackLocales: { default: 'en' },
  catalogs: catalogParts.map((part) => ({
    path: `<rootDir>/src/locales/{locale}/${part}`,
    include: ['src'],
  })),
  format: formatter({ style: 'minimal' }),
}

export default config
