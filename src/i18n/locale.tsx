import { i18n as activeI18n } from '@lingui/core'
import { useLingui } from '@lingui/react'
import { useEffect } from 'react'
import * as z from 'zod/mini'
import { type Locale, locales } from '@/domain/locale'
import type { LocalizedText, Period } from '@/domain/schema'
import { formatPeriod } from '@/lib/format'
import { useNavigate, useSearch } from '@/lib/router/react'
import { readStored, writeStored } from '@/lib/storage'
import { activeLocale } from './active-locale'
import { activateLocale, browserLocale } from './i18n'

const LOCALE_KEY = 'cp-kpi:locale'
const LOCALE_VERSION = 1

export function storedLocale(): Locale | undefined {
  const read = readStored(LOCALE_KEY, z.enum(locales), LOCALE_VERSION)
  return read.status === 'ok' ? read.value : undefined
}

/** The language to start in: the link's, else the reader's last choice, else the browser's. */
export function initialLocale(search: string = window.location.search): Locale {
  const requested = new URLSearchParams(search).get('lang')
  const fromUrl = locales.find((l) => l === requested || `"${l}"` === requested)
  return fromUrl ?? storedLocale() ?? browserLocale()
}

/**
 * The reader's language, as a component that writes words and figures needs it: the catalog's
 * translate function and the locale for the formatting module. It re-renders on a change of
 * language.
 */
export function useLanguage(): [_: ReturnType<typeof useLingui>['_'], locale: Locale] {
  return [useLingui()._, activeLocale()]
}

/** The active locale, for the formatting module. */
export function useLocale(): Locale {
  // Subscribes to a change of language; the language is the one Lingui shows.
  useLingui()
  return activeLocale()
}

/** Whose figures, for which period: the dataset's own words (the index has them too). */
export interface DatasetNames {
  organisation: LocalizedText
  period: Period
}

/**
 * The document's title in the active language: the dataset's organisation and period once they are
 * known ("China Post Group 2017 · KPI dashboard"), the product's name before.
 */
export function documentTitle(names: DatasetNames | undefined, locale: Locale): string {
  return names
    ? activeI18n._('app.documentTitle', {
        organisation: names.organisation[locale],
        period: formatPeriod(names.period, locale),
      })
    : activeI18n._('app.name')
}

/**
 * Follows ?lang= when it changes (Back/Forward, a shared link), loading the catalog first, and
 * keeps <html lang> and the document title in step so screen readers switch voice.
 */
export function useLocaleSync(names: DatasetNames | undefined) {
  // Only ?lang=: the layout that calls this does not render again for another parameter.
  const wanted = useSearch((s) => s.lang)
  const { i18n } = useLingui()
  useEffect(() => {
    if (wanted && wanted !== i18n.locale) void activateLocale(wanted)
  }, [wanted, i18n.locale])
  const locale = activeLocale()
  const title = documentTitle(names, locale)
  useEffect(() => {
    // Only a change: writing <html lang> restyles the whole page, even with the same value.
    if (document.documentElement.lang !== locale) document.documentElement.lang = locale
    if (document.title !== title) document.title = title
  }, [locale, title])
}

/** The reader's latest choice of language, so an earlier one that loads late does not win. */
let latestChoice: Locale | undefined

export function useSetLocale() {
  const navigate = useNavigate()
  return async (locale: Locale) => {
    latestChoice = locale
    writeStored(LOCALE_KEY, locale, LOCALE_VERSION)
    await activateLocale(locale)
    if (latestChoice !== locale) return
    void navigate({ to: '.', search: (prev) => ({ ...prev, lang: locale }), replace: true })
  }
}
