import { useLingui } from '@lingui/react'
import { Link } from '@/lib/router/react'

/** A view that failed while rendering: the header and the other views keep working. */
export function RouteErrorPage({ reset }: { reset: () => void }) {
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
