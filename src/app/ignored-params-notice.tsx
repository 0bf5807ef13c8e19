import { useLingui } from '@lingui/react'
import { useEffect, useSyncExternalStore } from 'react'
import { useNavigate } from '@/lib/router/react'
import { ignoredParams } from './link-params'

/**
 * A link with unknown or malformed parameters still opens: the bad ones are dropped from the
 * address, and a small notice says which, so a shared link never silently shows something else.
 */
export function IgnoredParamsNotice() {
  const { _ } = useLingui()
  const navigate = useNavigate()
  const ignored = useSyncExternalStore(
    ignoredParams.subscribe,
    ignoredParams.get,
    ignoredParams.get,
  )
  const key = ignored.join(',')

  useEffect(() => {
    if (key === '') return
    const dropped = key.split(',')
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
      <button type="button" className="link-button" onClick={ignoredParams.dismiss}>
        {_('url.dismiss')}
      </button>
    </div>
  )
}
