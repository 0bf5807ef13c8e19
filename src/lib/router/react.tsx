/**
 * The router in React: the provider, the route's place in the layout (<Outlet />), the hooks the
 * views read the address with, and <Link>.
 */
import {
  type AnchorHTMLAttributes,
  Component,
  type ComponentType,
  createContext,
  type ErrorInfo,
  type MouseEvent,
  type ReactNode,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react'
import {
  type AppSearch,
  type Location,
  type NavigateOptions,
  type Route,
  type Router,
  withoutTrailingSlash,
} from './router'

const RouterContext = createContext<Router | undefined>(undefined)

export function useRouter(): Router {
  const router = useContext(RouterContext)
  if (!router) throw new Error('useRouter needs a <RouterProvider>')
  return router
}

function useRouterState<T>(select: (state: Router['state']) => T): T {
  const router = useRouter()
  const get = () => select(router.state)
  return useSyncExternalStore(router.subscribe, get, get)
}

/** The view's parameters, validated; `select` must return a value that stays equal (===). */
export function useSearch(): AppSearch
export function useSearch<T>(select: (search: AppSearch) => T): T
export function useSearch<T>(select?: (search: AppSearch) => T) {
  return useRouterState((state) => (select ? select(state.search) : state.search))
}

export const usePathname = () => useRouterState((state) => state.location.pathname)
/** Path, search and hash of the view on screen. */
export const useHref = () => useRouterState((state) => state.location.href)
export const useNavigate = () => useRouter().navigate

/** The route's code, loaded on its first visit (or when a link to it is pointed at). */
export function lazyRoute<M>(importer: () => Promise<M>, name: keyof M): Route {
  let Loaded: ComponentType | undefined
  let attempt: Promise<void> | undefined
  let failed = false
  const load = () => {
    if (!attempt || failed) {
      failed = false
      attempt = importer().then(
        (module) => {
          Loaded = module[name] as ComponentType
        },
        (error: unknown) => {
          failed = true
          throw error
        },
      )
    }
    return attempt
  }
  return { view: () => Loaded, load }
}

/**
 * Navigation waits for a route's code, so it is missing only on the first render of a page
 * opened at that route: the view then shows once its code has arrived (or its error page).
 */
function RouteView({ route }: { route: Route }) {
  const View = route.component ?? route.view?.()
  const [failure, setFailure] = useState<{ error: unknown }>()
  const [, setArrived] = useState(false)
  useEffect(() => {
    if (View || !route.load) return
    let current = true
    route.load().then(
      () => current && setArrived(true),
      (error: unknown) => current && setFailure({ error }),
    )
    return () => {
      current = false
    }
  }, [View, route])
  if (failure && !View) throw failure.error
  return View ? <View /> : null
}

type BoundaryProps = {
  resetKey: string
  onReset: () => Promise<unknown> | undefined
  fallback: ComponentType<{ error: unknown; reset: () => void }>
  children: ReactNode
}

/** A view that throws shows the error page inside the layout; a navigation clears it. */
class RouteBoundary extends Component<BoundaryProps, { error?: unknown; key?: string }> {
  state: { error?: unknown; key?: string } = {}
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  static getDerivedStateFromProps(props: BoundaryProps, state: { error?: unknown; key?: string }) {
    return props.resetKey === state.key ? null : { error: undefined, key: props.resetKey }
  }
  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }
  reset = () => {
    void Promise.resolve(this.props.onReset())
      .catch(() => undefined)
      .then(() => this.setState({ error: undefined }))
  }
  render() {
    const Fallback = this.props.fallback
    return this.state.error === undefined ? (
      this.props.children
    ) : (
      <Fallback error={this.state.error} reset={this.reset} />
    )
  }
}

/** Where the layout shows the route on screen (or the not-found page). */
export function Outlet() {
  const router = useRouter()
  const location = useRouterState((state) => state.location)
  const route = router.routeAt(location.pathname)
  return (
    <RouteBoundary
      resetKey={location.href}
      onReset={() => route.load?.()}
      fallback={router.options.errorComponent}
    >
      <RouteView route={route} />
    </RouteBoundary>
  )
}

export function RouterProvider({ router }: { router: Router }) {
  const location = useSyncExternalStore(
    router.subscribe,
    () => router.state.location,
    () => router.state.location,
  )
  useLayoutEffect(() => {
    const stop = router.listen()
    router.canonicalize()
    return stop
  }, [router])
  // Like a page load: a new view starts at its top, or at the element its #hash names.
  useLayoutEffect(() => {
    const scroll = location && router.takeScroll()
    if (!scroll) return
    if (location.hash) document.getElementById(location.hash)?.scrollIntoView()
    else if (scroll.reset) window.scrollTo(0, 0)
  }, [router, location])
  // The same element on every navigation: only the components that read the address render again
  // (through the hooks above), not the whole layout and everything under it.
  const Layout = router.options.layout
  const layout = useMemo(() => <Layout />, [Layout])
  return <RouterContext.Provider value={router}>{layout}</RouterContext.Provider>
}

type ActiveOptions = { exact?: boolean; includeSearch?: boolean }

/** Every parameter `b` sets (deeply) is in `a` with the same value. */
function includes(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => includes(value, b[i]))
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const x = a as Record<string, unknown>
    const y = b as Record<string, unknown>
    return Object.keys(y).every((key) => y[key] === undefined || includes(x[key], y[key]))
  }
  return false
}

function isActive(location: Location, next: Location, options: ActiveOptions = {}): boolean {
  const current = withoutTrailingSlash(location.pathname)
  const target = withoutTrailingSlash(next.pathname)
  const samePath = options.exact
    ? current === target
    : current.startsWith(target) &&
      (current.length === target.length || current[target.length] === '/')
  return samePath && (options.includeSearch === false || includes(location.search, next.search))
}

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> &
  NavigateOptions & { activeOptions?: ActiveOptions }

/**
 * A link to a view: a plain <a href> (open in a new tab, copy, share) that navigates in place,
 * marked aria-current="page" while its view is on screen, and that loads its view's code when
 * pointed at or focused.
 */
export function Link({
  to,
  search,
  hash,
  replace,
  resetScroll,
  activeOptions,
  onClick,
  onMouseEnter,
  onFocus,
  ...props
}: LinkProps) {
  const router = useRouter()
  const location = useRouterState((state) => state.location)
  const next = router.buildLocation({ to, search, hash })
  const preload = () =>
    void router
      .routeAt(next.pathname)
      .load?.()
      .catch(() => undefined)
  const click = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e)
    if (
      e.defaultPrevented ||
      e.button !== 0 ||
      e.metaKey ||
      e.altKey ||
      e.ctrlKey ||
      e.shiftKey ||
      (props.target && props.target !== '_self')
    ) {
      return
    }
    e.preventDefault()
    void router.navigate({ to, search, hash, replace, resetScroll })
  }
  return (
    <a
      {...props}
      href={next.href}
      aria-current={isActive(location, next, activeOptions) ? 'page' : props['aria-current']}
      onClick={click}
      onMouseEnter={(e) => {
        onMouseEnter?.(e)
        preload()
      }}
      onFocus={(e) => {
        onFocus?.(e)
        preload()
      }}
    />
  )
}
