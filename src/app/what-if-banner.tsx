import { targetOverridesStore } from '@/api/target-overrides'
import { useLanguage } from '@/i18n/locale'
import { formatInteger } from '@/lib/format'
import { usePersisted } from '@/lib/persisted-store'
import { Link, usePathname } from '@/lib/router/react'

/**
 * Whenever an analyst's what-if targets are in force, every view says so, and that a link to it
 * does not carry them: a reader never takes yesterday's experiment for the published targets.
 */
export function WhatIfBanner() {
  const [_, locale] = useLanguage()
  const overrides = usePersisted(targetOverridesStore)
  const pathname = usePathname()
  const count = overrides.length
  if (count === 0) return null
  return (
    <div className="url-notice what-if-banner" role="status">
      <p>{_('whatIf.banner', { count, countText: formatInteger(count, locale) })}</p>
      {pathname !== '/explore' && (
        <Link to="/explore" search={(prev) => prev} hash="targets-heading">
          {_('whatIf.review')}
        </Link>
      )}
    </div>
  )
}
