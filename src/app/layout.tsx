import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useDeferredValue, useSyncExternalStore } from 'react'
import { DEFAULT_DATASET_KEY, useDatasetKey } from '@/api/dataset-key'
import { datasetIndexQuery, datasetQuery } from '@/api/queries'
import { targetOverridesStore } from '@/api/target-overrides'
import { type Currency, currencies } from '@/domain/currency'
import { type Locale, locales } from '@/domain/locale'
import { type ReferenceMode, referenceModes } from '@/domain/references'
import { validatePresentSearch } from '@/features/present/search'
import { withCatalogParts } from '@/i18n/i18n'
import { useLanguage, useLocaleSync, useSetLocale } from '@/i18n/locale'
import { slot, withElements } from '@/i18n/rich-text'
import { formatDate } from '@/lib/format'
import { usePersisted } from '@/lib/persisted-store'
import { Link, Outlet, useNavigate, usePathname, useSearch } from '@/lib/router/react'
import { type Theme, themes } from '@/lib/search-params'
import { DatasetPicker } from './dataset-picker'
import { ignoredParams } from './link-params'
import { useApplyTheme, useTheme } from './preferences'

const themeLabels: Record<Theme | 'system', string> = {
  system: 'controls.themeSystem',
  light: 'controls.themeLight',
  dark: 'controls.themeDark',
}

// Notices that most visits never show load on their own (the update prompt's words stay in core:
// the service worker's start-up code imports it).
const UpdatePrompt = lazy(() =>
  import('./update-prompt').then((m) => ({ default: m.UpdatePrompt })),
)
const IgnoredParamsNotice = lazy(() =>
  withCatalogParts(import('./ignored-params-notice'), 'shared').then((m) => ({
    default: m.IgnoredParamsNotice,
  })),
)
const WhatIfBanner = lazy(() =>
  withCatalogParts(import('./what-if-banner'), 'shared').then((m) => ({ default: m.WhatIfBanner })),
)
/** The default dataset's names, written into the build from data/ (vite.config.ts). */
const defaultBrand = JSON.parse(import.meta.env.VITE_DEFAULT_BRAND) as {
  organisation: Record<Locale, string>
  edition: Record<Locale, string>
}

/** Who and what the header and footer name: the dataset's own words, not the code's. */
function useDatasetNames() {
  const key = useDatasetKey()
  const { data, isError } = useQuery({
    ...datasetQuery(key),
    select: ({ dataset }) => ({
      organisation: dataset.organisation,
      edition: dataset.edition,
      period: dataset.period,
      source: dataset.sources[0],
    }),
  })
  // While the dataset cannot be read, the small index still names whose figures these are.
  const { data: fallback } = useQuery({
    ...datasetIndexQuery(),
    enabled: isError,
    select: (index) => {
      const entry = index.datasets.find((d) => d.key === key) ?? index.datasets[0]
      return (
        entry && {
          organisation: entry.organisation,
          edition: entry.edition,
          period: entry.period,
          source: undefined,
        }
      )
    },
  })
  return data ?? fallback
}

const languageNames: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' }

/**
 * True when more than one dataset is published. The list is asked for once the view's own
 * dataset has arrived, so it never competes with the first figures.
 */
function useSeveralDatasets(): boolean {
  const { data: loaded = false } = useQuery({
    ...datasetQuery(useDatasetKey()),
    select: () => true,
  })
  // One render later than the header's first: were the request to start while the header mounts,
  // the layout's watcher of the index (useDatasetNames) would change before React had finished,
  // and React would render the whole layout again at once, in the takeover's longest task (#16).
  const asked = useDeferredValue(loaded, false)
  const { data: several = false } = useQuery({
    ...datasetIndexQuery(),
    enabled: asked,
    select: (index) => index.datasets.length > 1,
  })
  return several
}

function ViewControls() {
  const several = useSeveralDatasets()
  const [_, locale] = useLanguage()
  const setLocale = useSetLocale()
  const [theme, setTheme] = useTheme()
  // Only the two values it shows: a filter's navigation does not render the header again.
  const currency = useSearch((s) => s.currency)
  const references = useSearch((s) => s.references)
  const navigate = useNavigate()
  const setCurrency = (currency: Currency | undefined) =>
    void navigate({ to: '.', search: (prev) => ({ ...prev, currency }), replace: true })
  const setReferences = (references: ReferenceMode | undefined) =>
    void navigate({ to: '.', search: (prev) => ({ ...prev, references }), replace: true })
  return (
    <div className="view-controls">
      {several && <DatasetPicker />}
      <label>
        {_('controls.language')}
        <select
          name="lang"
          value={locale}
          onChange={(e) => {
            const value = locales.find((l) => l === e.target.value)
            if (value) void setLocale(value)
          }}
        >
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageNames[l]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {_('controls.currency')}
        <select
          name="currency"
          value={currency ?? 'stated'}
          onChange={(e) => {
            const value = e.target.value
            setCurrency(currencies.find((c) => c === value))
          }}
        >
          <option value="stated">{_('controls.currencyStated')}</option>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {_('controls.currencyAll', { currency: c })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {_('controls.references')}
        <select
          name="references"
          value={references ?? 'show'}
          onChange={(e) => {
            const value = e.target.value
            setReferences(referenceModes.find((m) => m === value))
          }}
        >
          <option value="show">{_('controls.referencesShown')}</option>
          <option value="hide">{_('controls.referencesHidden')}</option>
        </select>
      </label>
      <label>
        {_('controls.theme')}
        <select
          name="theme"
          value={theme ?? 'system'}
          onChange={(e) => {
            const value = e.target.value
            setTheme(themes.find((t) => t === value))
          }}
        >
          {(['system', ...themes] as const).map((t) => (
            <option key={t} value={t}>
              {_(themeLabels[t])}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}

export function Layout() {
  const [_, locale] = useLanguage()
  const names = useDatasetNames()
  // Until the dataset arrives the brand is the default dataset's (built in): an empty brand that
  // fills in later can rewrap the header and move the whole page down.
  const builtIn = useDatasetKey() === DEFAULT_DATASET_KEY
  const brand = names ?? (builtIn ? defaultBrand : undefined)
  const [theme] = useTheme()
  useApplyTheme(theme)
  useLocaleSync(names)
  // Presentation mode fills the screen: no header, notices or footer around the slides.
  const pathname = usePathname()
  const ignored = useSyncExternalStore(
    ignoredParams.subscribe,
    ignoredParams.get,
    ignoredParams.get,
  )
  // The banner (and its words) loads only when what-if targets are in force.
  const whatIf = usePersisted(targetOverridesStore).length > 0
  if (pathname === '/present') {
    return (
      <>
        {/* A kiosk link with a bad ?auto= (or any bad parameter) says so on the deck too. */}
        {ignored.length > 0 && (
          <Suspense fallback={null}>
            <div className="present-notices">
              <IgnoredParamsNotice />
            </div>
          </Suspense>
        )}
        <Outlet />
      </>
    )
  }
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {_('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {brand && (
            <span>
              {brand.organisation[locale]}{' '}
              <span className="brand-sub">{brand.edition[locale]}</span>
            </span>
          )}
        </div>
        <nav aria-label={_('nav.label')}>
          <ul className="nav-list">
            <li>
              <Link to="/" activeOptions={{ exact: true, includeSearch: false }}>
                {_('nav.overview')}
              </Link>
            </li>
            <li>
              <Link to="/explore">{_('nav.explore')}</Link>
            </li>
            <li>
              <Link to="/data">{_('nav.data')}</Link>
            </li>
            <li>
              {/* The deck opens with the analyst's filters of the view it is opened from. */}
              <Link to="/present" search={(prev) => validatePresentSearch(prev)}>
                {_('nav.present')}
              </Link>
            </li>
          </ul>
        </nav>
        <ViewControls />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={null}>
          <UpdatePrompt />
          <IgnoredParamsNotice />
        </Suspense>
        {whatIf && (
          <Suspense fallback={null}>
            <WhatIfBanner />
          </Suspense>
        )}
        <Outlet />
      </main>
      <footer className="app-footer">
        {names?.source && (
          <p>
            {withElements(
              _('app.footer', {
                organisation: names.organisation[locale],
                source: slot('source'),
                date: formatDate(names.source.published, locale),
              }),
              { source: <cite lang={names.source.language}>{names.source.title}</cite> },
            )}
          </p>
        )}
      </footer>
    </div>
  )
}
