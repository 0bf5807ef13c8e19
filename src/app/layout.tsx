import { Link, Outlet } from '@tanstack/react-router'

export function Layout() {
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
              <Link to="/" activeOptions={{ exact: true }} activeProps={{ 'aria-current': 'page' }}>
                Overview
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>
          Every figure is quoted from China Post, “2017 Top Ten Events at China Post Group” (press
          release, 23 January 2018). Targets not stated in the release are marked derived or
          illustrative.
        </p>
      </footer>
    </div>
  )
}
