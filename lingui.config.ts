import type { LinguiConfig } from '@lingui/conf'
import { formatter } from '@lingui/format-json'

/**
 * Message catalogs: src/locales/<locale>.json, { "message.id": "ICU message" }. The build compiles
 * them (vite plugin) so no ICU parser ships; English is the source and fallback.
 */
const config: LinguiConfig = {
  locales: ['en', 'zh-CN'],
  sourceLocale: 'en',
  fallbackLocales: { default: 'en' },
  catalogs: [{ path: '<rootDir>/src/locales/{locale}', include: ['src'] }],
  format: formatter({ style: 'minimal' }),
}

export default config
