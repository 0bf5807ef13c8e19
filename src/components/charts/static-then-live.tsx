import {
  type MouseEvent,
  type ReactNode,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react'
import { AdoptedNodes } from '@/components/prerendered-content'

/** What the reader reached for in the drawing, done again in the live chart once it is there. */
interface Pending {
  /** Focus the live chart's first control. */
  focus?: boolean
  /** Click what the live chart shows at this point of the viewport (a mark, a link). */
  click?: { x: number; y: number }
}

/** Controls of a chart: its marks (role="button") and links (in the drawing, without href). */
const CONTROL = '[role="button"], a'

/** Frames the live plot's drawing must stay unchanged before it replaces the build's. */
const STILL_FRAMES = 2

/**
 * Shows the build's drawing of a plot (`drawing`, nodes taken from the prerendered page) and
 * mounts the live chart (`children`: recharts, its tooltips, focus and cross-filter) only when the
 * reader reaches for it: the pointer enters, a touch, or focus. Scrolling past costs nothing. The
 * live chart draws out of sight behind the drawing and replaces it once drawn, so nothing visibly
 * redraws. Until then the drawing is one focusable image named as the chart; a click on a mark or
 * link in it clicks the same place in the live chart, and focus moves to the live chart's first
 * control.
 */
export function StaticThenLive({
  drawing,
  height,
  className,
  children,
}: {
  drawing: readonly Node[]
  height: number
  className?: string
  children: ReactNode
}) {
  const [live, setLive] = useState(false)
  const [shown, setShown] = useState(false)
  const liveBox = useRef<HTMLDivElement>(null)
  const pending = useRef<Pending>({})
  const [label] = useState(
    () =>
      drawing
        .map((node) =>
          node instanceof Element
            ? node.querySelector('svg[aria-label]')?.getAttribute('aria-label')
            : null,
        )
        .find(Boolean) ?? undefined,
  )

  // recharts draws its marks in effects after its first commit: the live plot is ready once it
  // holds a drawing that has stopped changing.
  useEffect(() => {
    if (!live || shown) return
    let frame = 0
    let last = -1
    let still = 0
    const check = () => {
      const count = liveBox.current?.querySelectorAll('svg *').length ?? 0
      still = count > 0 && count === last ? still + 1 : 0
      last = count
      if (still >= STILL_FRAMES) setShown(true)
      else frame = requestAnimationFrame(check)
    }
    frame = requestAnimationFrame(check)
    return () => cancelAnimationFrame(frame)
  }, [live, shown])

  useLayoutEffect(() => {
    const box = liveBox.current
    if (!shown || !box) return
    const { focus, click } = pending.current
    pending.current = {}
    if (focus) box.querySelector<HTMLElement | SVGElement>(CONTROL)?.focus()
    const target = click && document.elementFromPoint(click.x, click.y)?.closest(CONTROL)
    if (target && box.contains(target)) {
      target.dispatchEvent(new globalThis.MouseEvent('click', { bubbles: true, cancelable: true }))
    }
  }, [shown])

  const goLive = () => setLive(true)
  const onClick = (event: MouseEvent) => {
    if (shown || liveBox.current?.contains(event.target as Node)) return
    if (event.target instanceof Element && event.target.closest(CONTROL)) {
      pending.current.click = { x: event.clientX, y: event.clientY }
    }
    goLive()
  }
  return (
    <div
      className={className}
      style={{ height }}
      onPointerEnter={shown ? undefined : goLive}
      onPointerDown={shown ? undefined : goLive}
      onClickCapture={onClick}
    >
      {!shown && (
        <div
          className="static-plots"
          role="img"
          aria-label={label}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: one stop for the drawing; focusing it brings the live chart and its controls
          tabIndex={0}
          onFocus={() => {
            pending.current.focus = true
            goLive()
          }}
        >
          <div className="static-plots" aria-hidden="true">
            <AdoptedNodes nodes={drawing} className="static-plots" />
          </div>
        </div>
      )}
      {live && (
        <div ref={liveBox} className={shown ? 'live-plot' : 'live-plot live-plot-drawing'}>
          {children}
        </div>
      )}
    </div>
  )
}
