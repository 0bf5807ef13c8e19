import {
  type ReactNode,
  type RefObject,
  Suspense,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react'
import { PREPARED_FOR_PRINT, useNearViewport } from '@/components/use-near-viewport'
import { Drawing } from './built-drawing'
import { MountedForPointer, PlotWidth, StaticPlot } from './static-plots'
import { useIntent } from './use-intent'

/**
 * Charts waiting for their turn to mount. A recharts chart mounts in one go (render, commit, its
 * store's updates): two mounting together make one long task, so they take turns, one per task,
 * each when the main thread is idle; a chart the reader reaches for goes first, at once.
 */
const queue: (() => void)[] = []
let mounting = false

const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: 300 })
    : setTimeout(run, 0)

function next() {
  const start = queue.shift()
  mounting = start !== undefined
  start?.()
}

function enqueue(start: () => void, first: boolean): () => void {
  if (first) queue.unshift(start)
  else queue.push(start)
  if (!mounting) {
    mounting = true
    if (first) setTimeout(next, 0)
    else whenIdle(next)
  }
  return () => {
    const at = queue.indexOf(start)
    if (at >= 0) queue.splice(at, 1)
  }
}

type Turn = { current: (() => void) | undefined }

/** Runs `onDrawn` once its siblings before it (the chart) have committed and run their effects. */
function Mounted({ onDrawn }: { onDrawn: () => void }) {
  const latest = useRef(onDrawn)
  latest.current = onDrawn
  useEffect(() => latest.current(), [])
  return null
}

/**
 * Where the build's drawing stands with the live chart:
 * - `undecided`: not yet known whether the drawing is what the live chart would draw here;
 * - `standing`: it is, and it stands in for the chart until the reader reaches for it;
 * - `pointer`, `focus`, `print`: the reader reached for it so (or the page is printed), and the
 *   live chart mounts under the drawing, first in line;
 * - `near`: the live chart mounts once the box comes near the viewport (no stand-in).
 */
type Stand = 'undecided' | 'standing' | 'pointer' | 'focus' | 'print' | 'near'

/** The box's width in whole px, as the chart draws at it; undefined before layout. */
function measure(box: RefObject<Element | null>): { width: number | undefined } {
  const width = Math.round(box.current?.getBoundingClientRect().width ?? 0)
  return { width: width > 0 ? width : undefined }
}

const printing = () => document.documentElement.hasAttribute(PREPARED_FOR_PRINT)

/**
 * Holds a fixed-height box for a chart. Where the build's drawing (StaticPlot) is what the chart
 * would draw, the drawing stands in for it, marks and all, and the chart mounts only when the
 * reader reaches for it (`intentIn`: the pointer moves in it, the focus or a tap arrives in it);
 * otherwise the chart mounts once the box comes near the viewport, so charts further down cost
 * nothing until the reader scrolls towards them (or prints). Charts take turns (see `queue`); each
 * draws at once at its box's width, under the drawing if there is one, so it does not draw twice.
 */
export function LazyMount({
  height,
  rootMargin = '300px 0px',
  className,
  intentIn,
  children,
}: {
  height: number
  rootMargin?: string
  className?: string
  /** Where the reader's pointer, focus or tap wakes a standing-in drawing (the chart's figure). */
  intentIn?: RefObject<HTMLElement | null>
  children: ReactNode
}) {
  const [box, near] = useNearViewport<HTMLDivElement>(rootMargin, { whenPrinting: true })
  const given = useContext(StaticPlot)
  // The drawing last given: it keeps covering a chart that mounts after the view has changed.
  const kept = useRef(given)
  if (given) kept.current = given
  const [stand, setStand] = useState<Stand>(given?.filter ? 'undecided' : 'near')
  const woken = stand === 'pointer' || stand === 'focus' || stand === 'print'
  // Without IntersectionObserver (jsdom: tests, the build's drawings) `near` starts true and
  // the children render at once, at the width the context gives.
  const [live, setLive] = useState<{ width: number | undefined } | undefined>(() =>
    near && stand === 'near' ? { width: undefined } : undefined,
  )
  // Whether the live chart has drawn: until then the build's drawing, if any, covers it.
  const [drawn, setDrawn] = useState(false)
  const turn = useRef<(() => void) | undefined>(undefined)
  // Stands in where the box has a width the build drew at; goes when the view is no longer the
  // one drawn, or the box takes another width.
  const standsIn = given?.filter !== undefined
  const widths = given?.widths
  useEffect(() => {
    if (stand !== 'undecided' && stand !== 'standing') return
    const drawnAt = () =>
      standsIn && !printing() && (widths ?? []).includes(measure(box).width ?? 0)
    if (!drawnAt()) {
      setStand('near')
      return
    }
    if (stand === 'undecided') setStand('standing')
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      if (!drawnAt()) setStand('near')
    })
    observer.observe(box.current as Element)
    return () => observer.disconnect()
  }, [stand, standsIn, widths, box])
  const pointer = useIntent(
    intentIn ?? box,
    { listening: stand === 'standing', tracking: woken && !drawn },
    (intent) => setStand((now) => (now === 'standing' ? intent : now)),
  )
  useEffect(() => {
    if (live || stand === 'undecided' || stand === 'standing' || (stand === 'near' && !near)) {
      return
    }
    if (printing()) {
      setLive(measure(box))
      return
    }
    const start = () => {
      turn.current = next
      // The render yields to input between its slices; its commit is one task.
      startTransition(() => setLive(measure(box)))
    }
    return enqueue(start, woken)
  }, [near, live, stand, woken, box])
  // A chart that unmounts before it has committed passes its turn on.
  useEffect(() => () => passTurn(turn), [])
  // What the reader had of the drawing that stood in, the focus on a mark or the pointer, passes
  // to the live chart as it takes the drawing's place.
  const focused = useRef<string | undefined>(undefined)
  useLayoutEffect(() => {
    const name = focused.current
    focused.current = undefined
    if (!drawn) return
    if (name && (!document.activeElement || document.activeElement === document.body)) {
      for (const mark of box.current?.querySelectorAll<SVGElement>(LIVE_MARKS) ?? []) {
        if (mark.getAttribute('aria-label') === name) mark.focus({ preventScroll: true })
      }
    }
    const at = pointer.current
    if (stand === 'pointer' && at) {
      const moved = { bubbles: true, clientX: at.x, clientY: at.y, view: window }
      // (jsdom has no elementFromPoint.)
      document.elementFromPoint?.(at.x, at.y)?.dispatchEvent(new MouseEvent('mousemove', moved))
    }
  }, [drawn, stand, pointer, box])
  const drawing = given ?? (woken || near ? kept.current : undefined)
  const covered = drawing !== undefined && !drawn
  const standIn = stand === 'standing' || woken ? drawing?.filter : undefined
  return (
    <div ref={box} className={className} style={{ height }}>
      {live && (
        // The live chart draws out of sight under the drawing, then takes its place: no blank,
        // nothing moves.
        <div className={covered ? 'chart-live chart-live-covered' : 'chart-live'}>
          {/* A chart whose code is still loading has not drawn: the drawing stays meanwhile. */}
          <Suspense>
            <MountedForPointer.Provider value={stand === 'pointer'}>
              {live.width === undefined ? (
                children
              ) : (
                <PlotWidth.Provider value={live.width}>{children}</PlotWidth.Provider>
              )}
            </MountedForPointer.Provider>
            <Mounted
              onDrawn={() =>
                // The chart's store draws its marks a render or two after the chart's own.
                untilMarks(box, () => {
                  setDrawn(true)
                  passTurn(turn)
                })
              }
            />
          </Suspense>
        </div>
      )}
      {(!live || covered) &&
        (drawing ? (
          <Drawing
            nodes={drawing.nodes}
            standIn={standIn}
            onLeave={(element) => {
              focused.current = element.getAttribute('aria-label') ?? undefined
            }}
          />
        ) : (
          <div className="chart-placeholder" aria-hidden="true" />
        ))}
    </div>
  )
}

/** The live chart's filter buttons, not the drawing's (whose own copy holds a `.chart-live`). */
const LIVE_MARKS = ':scope > .chart-live [role="button"]'

/**
 * Runs `then` once the live chart in `box` has drawn its marks, if the drawing over it has any
 * (a few frames at most).
 */
function untilMarks(box: RefObject<Element | null>, then: () => void, frames = 30) {
  const waits = box.current?.querySelector('.chart-drawing [role="button"]')
  if (!waits || frames === 0 || box.current?.querySelector(LIVE_MARKS)) then()
  else requestAnimationFrame(() => untilMarks(box, then, frames - 1))
}

function passTurn(turn: Turn) {
  const pass = turn.current
  turn.current = undefined
  if (pass) whenIdle(pass)
}
