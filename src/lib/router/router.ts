/**
 * The app's router: four fixed paths, each with its own URL parameters, on the History API. It
 * keeps what the views rely on: each route validates its parameters (a rejected value reads as
 * undefined), the display choices in `retain` follow every navigation, a route's code is loaded
 * before its address is shown (so a navigation never flashes an empty page), and links are
 * written exactly as before (search-string.ts).
 */
import type { ComponentType } from 'react'
import { parseSearch, stringifySearch } from './search-string'

export type Search = Record<string, unknown>

/** The app names its search type here (see app/router.tsx), so every view reads it typed. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the app through declaration merging
export interface Register {}
export type AppSearch = Register extends { search: infer S } ? S : Search

export interface Location {
  pathname: string
  /** `?a=1`, or '' */
  searchStr: string
  /** Without its '#'. */
  hash: string
  href: string
  /** The parameters as the address has them, before any route validated them. */
  search: Search
}

/** Where a navigation goes: a path ('.' or none: the current one), its search and hash. */
export interface NavigateOptions {
  to?: string
  /** Nothing: no parameters but the retained ones; true: the current ones; or a new set. */
  search?: true | AppSearch | ((current: AppSearch) => AppSearch)
  hash?: string
  replace?: boolean
  /** Scroll to the top after the view has rendered (default), or stay where the reader is. */
  resetScroll?: boolean
}

export interface Route {
  component?: ComponentType
  validateSearch?: (raw: Search) => Search
  /** A lazy route's view, once its code has loaded (see lazyRoute). */
  view?: () => ComponentType | undefined
  /** Loads the route's code (once; again after a failure): navigation waits for it. */
  load?: () => Promise<unknown>
}

export interface RouterHistory {
  /** Path, search and hash of the entry on screen. */
  href(): string
  push(href: string): void
  replace(href: string): void
  /** Back and Forward. */
  listen(listener: () => void): () => void
}

export function browserHistory(): RouterHistory {
  return {
    href: () => window.location.pathname + window.location.search + window.location.hash,
    push: (href) => window.history.pushState(null, '', href),
    replace: (href) => window.history.replaceState(null, '', href),
    listen: (listener) => {
      window.addEventListener('popstate', listener)
      return () => window.removeEventListener('popstate', listener)
    },
  }
}

/** A history kept in memory: the build's prerender and the tests. */
export function memoryHistory(href: string): RouterHistory {
  let current = href
  return {
    href: () => current,
    push: (h) => (current = h),
    replace: (h) => (current = h),
    listen: () => () => {},
  }
}

export interface RouterOptions {
  /** By path. */
  routes: Record<string, Route>
  /** Every route's layout; it renders the route through <Outlet />. */
  layout: ComponentType
  notFound: Route
  errorComponent: ComponentType<{ error: unknown; reset: () => void }>
  /** The parameters every route takes. */
  validateSearch: (raw: Search) => Search
  /** Parameters that follow every navigation unless it sets them. */
  retain: readonly string[]
  history?: RouterHistory
}

function decoded(path: string): string {
  try {
    return decodeURI(path)
  } catch {
    return path
  }
}

/**
 * An address as the views read it. Its `href` has the search written as the app writes it, so
 * an address that only spells a value differently (`%20` for `+`) is the same place and is not
 * rewritten; one with a rejected value is (see canonicalize).
 */
function parseHref(href: string): Location {
  const url = new URL(href, 'http://x')
  const search = parseSearch(url.search)
  const searchStr = stringifySearch(search)
  return {
    // As the reader typed it (the not-found page names it); written encoded in `href`.
    pathname: decoded(url.pathname),
    searchStr,
    hash: decoded(url.hash.slice(1)),
    href: url.pathname + searchStr + url.hash,
    search,
  }
}

export const withoutTrailingSlash = (path: string) =>
  path.length > 1 ? path.replace(/\/+$/, '') : path

export function createRouter(options: RouterOptions) {
  const history = options.history ?? browserHistory()
  const listeners = new Set<() => void>()
  const beforeNavigate = new Set<(to: Location) => void>()
  let state = at(parseHref(history.href()))
  /**
   * The address last navigated to, before its view has rendered: navigations one after another
   * (two choices replayed at once) each build on the one before, not on the view on screen.
   */
  let latest = state
  let commits = 0
  /** How the view should scroll once the location it was set for has rendered. */
  let scroll: { reset: boolean } | undefined = { reset: false }

  function routeAt(pathname: string): Route | undefined {
    const path = withoutTrailingSlash(pathname).toLowerCase()
    return Object.hasOwn(options.routes, path) ? options.routes[path] : undefined
  }

  /** The parameters a route reads: every one of the address's, the route's own validated. */
  function validated(pathname: string, raw: Search): Search {
    const route = routeAt(pathname)
    let result = { ...raw, ...options.validateSearch(raw) }
    if (route?.validateSearch) result = { ...result, ...route.validateSearch(result) }
    return result
  }

  function at(location: Location) {
    return { location, search: validated(location.pathname, location.search) as AppSearch }
  }

  function build(to: NavigateOptions, validate = false): Location {
    const pathname = !to.to || to.to === '.' ? latest.location.pathname : to.to
    const current = latest.search
    const { search } = to
    let next: Search =
      search === undefined
        ? {}
        : search === true
          ? current
          : typeof search === 'function'
            ? search(current)
            : search
    if (validate) {
      const route = routeAt(pathname)
      if (route?.validateSearch) next = { ...next, ...route.validateSearch(next) }
      next = { ...next, ...options.validateSearch(next) }
    }
    const kept: Search = { ...next }
    for (const key of options.retain) {
      if (!(key in kept)) kept[key] = (current as Search)[key]
    }
    const searchStr = stringifySearch(kept)
    const hash = to.hash ?? ''
    return {
      pathname,
      searchStr,
      hash,
      href: `${encodeURI(pathname)}${searchStr}${hash ? `#${hash}` : ''}`,
      search: kept,
    }
  }

  /** Shows `location` once its route's code is there; a later navigation wins over an earlier. */
  async function show(location: Location, reset: boolean) {
    for (const listener of beforeNavigate) listener(location)
    const commit = ++commits
    latest = at(location)
    // A route whose code fails to load is shown anyway: its error page says so.
    await (routeAt(location.pathname) ?? options.notFound).load?.().catch(() => undefined)
    if (commit !== commits) return
    state = latest
    scroll = { reset }
    for (const listener of listeners) listener()
  }

  const router = {
    options,
    get state() {
      return state
    },
    routeAt: (pathname: string) => routeAt(pathname) ?? options.notFound,
    buildLocation: (to: NavigateOptions) => build(to),
    navigate(to: NavigateOptions): Promise<void> {
      const next = build(to, true)
      if (withoutTrailingSlash(next.href) !== withoutTrailingSlash(latest.location.href)) {
        if (to.replace) history.replace(next.href)
        else history.push(next.href)
      }
      return show(parseHref(next.href), to.resetScroll ?? true)
    },
    /** Opens an address as it is written (a saved view's link). */
    navigateToHref(href: string) {
      history.push(href)
      return show(parseHref(href), true)
    },
    /** The address written as the app writes it: rejected values out, values re-encoded. */
    canonicalize() {
      const next = build({ search: true, hash: latest.location.hash }, true)
      if (next.href !== latest.location.href) {
        history.replace(next.href)
        void show(parseHref(next.href), false)
      }
    },
    /** Loads the code of the route on screen. */
    load: async () => {
      await router.routeAt(state.location.pathname).load?.()
    },
    /** Back and Forward. */
    listen: () =>
      history.listen(() => {
        void show(parseHref(history.href()), true)
      }),
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    onBeforeNavigate(listener: (to: Location) => void) {
      beforeNavigate.add(listener)
      return () => {
        beforeNavigate.delete(listener)
      }
    },
    /** Taken by the view once it has rendered the location it was set for. */
    takeScroll() {
      const taken = scroll
      scroll = undefined
      return taken
    },
    stringifySearch,
    parseSearch,
  }
  return router
}

export type Router = ReturnType<typeof createRouter>
