import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/** Print media, where the environment can tell (not every DOM implementation has matchMedia). */
const printMedia = (): MediaQueryList | undefined =>
  typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined

/**
 * Whether the page is being printed. The change renders synchronously, before the browser lays
 * out the printed pages, so a handout has everything the screen only draws on demand.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printMedia()?.matches ?? false)
  useEffect(() => {
    const media = printMedia()
    const set = (value: boolean) => flushSync(() => setPrinting(value))
    const onChange = () => set(media?.matches ?? false)
    const onBefore = () => set(true)
    const onAfter = onChange
    media?.addEventListener('change', onChange)
    window.addEventListener('beforeprint', onBefore)
    window.addEventListener('afterprint', onAfter)
    return () => {
      media?.removeEventListener('change', onChange)
      window.removeEventListener('beforeprint', onBefore)
      window.removeEventListener('afterprint', onAfter)
    }
  }, [])
  return printing
}
