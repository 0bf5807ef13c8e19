import { Link, Outlet, useNavigate, useSearch } from '@tanstack/react-router'
import { IgnoredParamsNotice } from './ignored-params-notice'
import { useApplyTheme, useTheme } from './preferences'
import { type CurrencyMode, currencyModes, type Theme, themes } from './search'
import { UpdatePrompt } from './update-prompt'

const themeLabels: Record<Theme | 'system', string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
}

function ViewControls() {
  const [theme, setTheme] = useTheme()
  const search = useSearch({ strict: false })
  const navigate = useNavigate()
  const setCurrency = (currency: CurrencyMode | undefined) =>
    void navigate({ to: '.', search: (prev) => ({ ...prev, currency }), replace: true })
  return (
    <div className="view-controls">
      <label>
        Currency
        <select
          value={search.currency ?? 'stated'}
          onChange={(e) => {
            const value = e.target.value
            setCurrency(currencyModes.find((c) => c === value))
          }}
        >
          <option value="stated">As stated</option>
          {currencyModes.map((c) => (
            <option key={c} value={c}>
              All in {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        Theme
        <select
          value={theme ?? 'system'}
          onChange={(e) => {
            const value = e.target.value
            setTheme(themes.find((t) => t === value))
          }}
        >
          {(['system', ...themes] as const).map((t) => (
            <option key={t} value={t}>
              {themeLabels[t]}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}

export function Layout() {
  const [theme] = useTheme()
  useApplyTheme(theme)
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>
            China Post Group <span className="brand-sub">2017 Top Ten Events</span>
          </span>
        </div>
        <nav aria-label="Views">
          <ul className="nav-list">
            <li>
              <Link to="/" activeOptions={{ exact: true, includeSearch: false }}>
                Overview
              </Link>
            </li>
            <li>
              <Link to="/explore">Explore</Link>
            </li>
            <li>
              <Link to="/data">Data</Link>
            </li>
          </ul>
        </nav>
        <ViewControls />
      </header>
      <main id="main" tabIndex={-1}>
        <UpdatePrompt />
        <IgnoredParamsNotice />
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>
          Every figure is quoted from China Post, “2017 Top Ten Events at China Post Group” (press
          release, 23 January 2018). Targets the release does not state are marked derived or
          illustrative.
        </p>
      </footer>
    </div>
  )
}
