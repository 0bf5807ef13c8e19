import { useLingui } from '@lingui/react'
import { Link, usePathname } from '@/lib/router/react'

/** An address no view has: said in the app's own layout, with a way home. */
export function NotFoundPage() {
  const { _ } = useLingui()
  const path = usePathname()
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
