import { useLingui } from '@lingui/react'
import { useNavigate, useRouterState } from '@tanstack/react-router'
import { useEffect, useState } from 'react'
import { rejectedParams } from '@/lib/url-state'
import { devOnlyParams, searchShapes } from './search'

/**
 * A link with unknown or malformed parameters still opens: the bad ones are dropped from the
 * address, and a small notice says which, so a shared link never silently shows something else.
 */
export function IgnoredParamsNotice() {
  const { _ } = useLingui()
  const location = useRouterState({ select: (s) => s.location })
  const navigate = useNavigate()
  const [ignored, setIgnored] = useState<string[]>([])
  const shape = searchShapes[location.pathname]
  const rejected = shape
    ? rejectedParams(shape, location.search as Record<string, unknown>, devOnlyParams)
    : []
  const key = rejected.join(',')

  useEffect(() => {
    if (key === '') return
    const dropped = key.split(',')
    setIgnored(dropped)
    void navigate({
      to: '.',
      replace: true,
      search: (prev: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(prev).filter(([name]) => !dropped.includes(name))),
    })
  }, [key, navigate])

  if (ignored.length === 0) return null
  return (
    <div className="url-notice" role="status">
      <p>{_('url.ignored', { count: ignored.length, names: ignored.join(', ') })}</p>
      <button type="button" className="link-button" onClick={() => setIgnored([])}>
        {_('url.dismiss')}
      </button>
    </div>
  )
}
