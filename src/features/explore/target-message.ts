import { i18n } from '@lingui/core'
import type { Locale } from '@/domain/locale'
import type { TargetMessage } from '@/domain/target-input'
import { formatInteger } from '@/lib/format'

/**
 * A target-input message in the active language: numbers formatted for `locale`, nested
 * messages (unit names, the reason inside an import error) put into words first.
 */
export function targetMessageText(message: TargetMessage, locale: Locale): string {
  const values: Record<string, string> = {}
  for (const [key, value] of Object.entries(message.values ?? {})) {
    values[key] =
      typeof value === 'number'
        ? formatInteger(value, locale)
        : typeof value === 'string'
          ? value
          : targetMessageText(value, locale)
  }
  return i18n._(message.id, values)
}
