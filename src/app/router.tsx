import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router'
import { MetricList } from '../features/overview/metric-list'
import { Layout } from './layout'

const rootRoute = createRootRoute({ component: Layout })

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: MetricList,
})

const routeTree = rootRoute.addChildren([overviewRoute])

export const router = createRouter({ routeTree, defaultPreload: 'intent' })

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}
