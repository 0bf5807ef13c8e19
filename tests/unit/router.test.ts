import { describe, expect, it } from 'vitest'
import { createAppRouter } from '../../src/app/router'
import { memoryHistory } from '../../src/lib/router/router'

function routerAt(url: string) {
  const history = memoryHistory(url)
  return { history, router: createAppRouter(history) }
}

describe('the app router', () => {
  it('gives a view only valid values, and keeps what no route knows for the notice to name', () => {
    const { router } = routerAt('/present?slide=0&auto=20&lang=fr&foo=1&deck=projector-light')
    expect({ ...router.state.search }).toEqual({
      slide: undefined,
      auto: 20,
      lang: undefined,
      foo: 1,
      deck: 'projector-light',
    })
  })

  it('rewrites the address without rejected values, in the order it had, values re-encoded', () => {
    const { router, history } = routerAt('/explore?q=a b&lang=fr&categories=["finance"]&x=1')
    router.canonicalize()
    expect(history.href()).toBe('/explore?q=a+b&categories=%5B%22finance%22%5D&x=1')
  })

  it('leaves an address that only spells a value differently as it is', () => {
    const { router, history } = routerAt('/explore?q=hello%20world&flagged=true')
    router.canonicalize()
    expect(history.href()).toBe('/explore?q=hello%20world&flagged=true')
    expect(router.state.location.href).toBe('/explore?q=hello+world&flagged=true')
  })

  it('keeps year, theme, currency and language on a link to another view, nothing else', () => {
    const { router } = routerAt(
      '/?references=hide&lang=zh-CN&events=[3]&currency=USD&year=2017&theme=dark',
    )
    expect(router.buildLocation({ to: '/explore' }).href).toBe(
      '/explore?year=2017&theme=dark&currency=USD&lang=zh-CN',
    )
    expect(router.buildLocation({ to: '/explore', search: (prev) => prev }).href).toBe(
      '/explore?references=hide&lang=zh-CN&events=%5B3%5D&currency=USD&year=2017&theme=dark',
    )
  })

  it('a navigation that sets a retained parameter to undefined removes it', async () => {
    const { router, history } = routerAt('/?currency=USD&lang=en')
    await router.navigate({ to: '.', search: (prev) => ({ ...prev, currency: undefined }) })
    expect(history.href()).toBe('/?lang=en')
    expect(router.state.search.currency).toBeUndefined()
  })

  it('two navigations in a row each build on the one before (choices replayed at once)', async () => {
    const { router, history } = routerAt('/')
    void router.navigate({ to: '.', search: (prev) => ({ ...prev, theme: 'dark' }), replace: true })
    await router.navigate({
      to: '.',
      search: (prev) => ({ ...prev, currency: 'USD' }),
      replace: true,
    })
    expect(history.href()).toBe('/?theme=dark&currency=USD')
    expect(router.state.search).toMatchObject({ theme: 'dark', currency: 'USD' })
  })

  it('validates what a navigation writes for the view it goes to', async () => {
    const { router, history } = routerAt('/')
    await router.navigate({ to: '/present', search: { slide: -2, auto: 20 } })
    expect(history.href()).toBe('/present?auto=20')
    expect(router.state.location.pathname).toBe('/present')
  })

  it('an address no view has is the not-found route, with the global parameters read', () => {
    const { router } = routerAt('/nowhere?lang=zh-CN&slide=2')
    expect(router.routeAt('/nowhere')).toBe(router.options.notFound)
    expect({ ...router.state.search }).toEqual({ lang: 'zh-CN', slide: 2 })
    expect(router.routeAt('/Explore/')).toBe(router.options.routes['/explore'])
  })
})
