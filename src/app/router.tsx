import { validateExploreSearch } from '@/features/explore/search'
import { Overview } from '@/features/overview/overview'
import { validateOverviewSearch } from '@/features/overview/search'
import { validatePresentSearch } from '@/features/present/search'
import { withCatalogParts } from '@/i18n/i18n'
import { lazyRoute } from '@/lib/router/react'
import { createRouter, type RouterHistory } from '@/lib/router/router'
import { Layout } from './layout'
import { watchLinkParams } from './link-params'
import { RouteErrorPage } from './route-pages'
import { type AppSearch as EveryParam, validateGlobalSearch } from './search'

/** The app's router; tests and the prerender pass a memory history. */
export function createAppRouter(history?: RouterHistory) {
  const router = createRouter({
    layout: Layout,
    routes: {
      '/': { component: Overview, validateSearch: validateOverviewSearch },
      '/data': lazyRoute(
        () => withCatalogParts(import('@/features/sources/data-page'), 'data', 'shared'),
        'DataPage',
      ),
      '/explore': {
        ...lazyRoute(
          () => withCatalogParts(import('@/features/explore/explore-page'), 'explore', 'shared'),
          'ExplorePage',
        ),
        validateSearch: validateExploreSearch,
      },
      '/present': {
        ...lazyRoute(
          () => withCatalogParts(import('@/features/present/present-page'), 'present', 'shared'),
          'PresentPage',
        ),
        validateSearch: validatePresentSearch,
      },
    },
    // Its own chunk, with its words in the shared part: no first screen needs it.
    notFound: lazyRoute(
      () => withCatalogParts(import('./not-found-page'), 'shared'),
      'NotFoundPage',
    ),
    // A view that throws shows this inside the layout, header and navigation still there.
    errorComponent: RouteErrorPage,
    validateSearch: validateGlobalSearch,
    retain: ['year', 'theme', 'currency', 'lang'],
    history,
  })
  watchLinkParams(router)
  return router
}

export type AppRouter = ReturnType<typeof createAppRouter>

declare module '@/lib/router/router' {
  interface Register {
    search: EveryParam
  }
}
