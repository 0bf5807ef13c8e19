import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouterHistory,
  retainSearchParams,
} from '@tanstack/react-router'
import { validateExploreSearch } from '@/features/explore/search'
import { Overview } from '@/features/overview/overview'
import { validateOverviewSearch } from '@/features/overview/search'
import { validatePresentSearch } from '@/features/present/search'
import { withCatalogParts } from '@/i18n/i18n'
import { Layout } from './layout'
import { watchLinkParams } from './link-params'
import { RouteErrorPage } from './route-pages'
import { validateGlobalSearch } from './search'

export const rootRoute = createRootRoute({
  component: Layout,
  // Its own chunk, with its words in the shared part: no first screen needs it.
  notFoundComponent: lazyRouteComponent(
    () => withCatalogParts(import('./not-found-page'), 'shared'),
    'NotFoundPage',
  ),
  validateSearch: validateGlobalSearch,
  search: { middlewares: [retainSearchParams(['year', 'theme', 'currency', 'lang'])] },
})

export const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: Overview,
  validateSearch: validateOverviewSearch,
})

export const dataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/data',
  component: lazyRouteComponent(
    () => withCatalogParts(import('@/features/sources/data-page'), 'data', 'shared'),
    'DataPage',
  ),
})

export const exploreRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/explore',
  component: lazyRouteComponent(
    () => withCatalogParts(import('@/features/explore/explore-page'), 'explore', 'shared'),
    'ExplorePage',
  ),
  validateSearch: validateExploreSearch,
})

export const presentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/present',
  component: lazyRouteComponent(
    () => withCatalogParts(import('@/features/present/present-page'), 'present', 'shared'),
    'PresentPage',
  ),
  validateSearch: validatePresentSearch,
})

const routeTree = rootRoute.addChildren([overviewRoute, exploreRoute, dataRoute, presentRoute])

/** The app's router; tests pass a memory history. */
export function createAppRouter(history?: RouterHistory) {
  const router = createRouter({
    routeTree,
    history,
    defaultPreload: 'intent',
    // A view that throws shows this inside the layout, header and navigation still there.
    defaultErrorComponent: RouteErrorPage,
  })
  watchLinkParams(router)
  return router
}

export type AppRouter = ReturnType<typeof createAppRouter>

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter
  }
}
