import { useLingui } from '@lingui/react'
import { type ErrorComponentProps, Link, useRouterState } from '@tanstack/react-router'

/** An address no view has: said in the app's own layout, with a way home. */
export function NotFoundPage() {
  const { _ } = useLingui()
  const path = useRouterState({ select: (s) => s.location.pathname })
  return (
    <section aria-labelledby="not-found-heading" className="route-message">
      <h1 id="not-found-heading">{_('route.notFound.title')}</h1>
      <p>{_('route.notFound.body', { path })}</p>
      <Link to="/" search={(prev) => prev} className="button">
        {_('route.home')}
      </Link>
    </section>
  )
}

/** A view that failed while rendering: the header and the other views keep working. */
export function RouteErrorPage({ reset }: ErrorComponentProps) {
  const { _ } = useLingui()
  return (
    <section aria-labelledby="route-error-heading" className="route-message" role="alert">
      <h1 id="route-error-heading">{_('route.error.title')}</h1>
      <p>{_('route.error.body')}</p>
      <div className="toolbar">
        <button type="button" className="button" onClick={reset}>
          {_('error.tryAgain')}
        </button>
        <Link to="/" className="button secondary">
          {_('route.home')}
        </Link>
      </div>
    </section>
  )
}
