import {
  type ReactNode,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react'
import { PREPARED_FOR_PRINT, useNearViewport } from '@/components/use-near-viewport'
import { PlotWidth, StaticPlot } from './static-plots'

/**
 * Charts near the viewport, waiting for their turn to mount. A recharts chart mounts in one go
 * (render, commit, its store's updates): two mounting together make one long task, so they take
 * turns, one per task, each when the main thread is idle.
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

function enqueue(start: () => void): () => void {
  queue.push(start)
  if (!mounting) {
    mounting = true
    whenIdle(next)
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

/** The build's drawing, moved into the app's page: a picture, hidden from assistive technology. */
function Drawing({ nodes }: { nodes: readonly Node[] }) {
  const box = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    box.current?.replaceChildren(...nodes)
  }, [nodes])
  return <div ref={box} className="chart-placeholder chart-drawing" aria-hidden="true" inert />
}

/**
 * Holds a fixed-height box and mounts its children once the box comes near the viewport, so
 * charts further down cost nothing until the reader scrolls towards them (or prints). Charts take
 * turns (see `queue`); each draws at once at its box's width, so it does not draw twice.
 */
export function LazyMount({
  height,
  rootMargin = '300px 0px',
  className,
  children,
}: {
  height: number
  rootMargin?: string
  className?: string
  children: ReactNode
}) {
  const [box, near] = useNearViewport<HTMLDivElement>(rootMargin, { whenPrinting: true })
  const drawing = useContext(StaticPlot)
  // Without IntersectionObserver (jsdom: tests, the build's drawings) `near` starts true and
  // the children render at once, at the width the context gives.
  const [live, setLive] = useState<{ width: number | undefined } | undefined>(() =>
    near ? { width: undefined } : undefined,
  )
  // Whether the live chart has drawn: until then the build's drawing, if any, covers it.
  const [drawn, setDrawn] = useState(false)
  const turn = useRef<(() => void) | undefined>(undefined)
  useEffect(() => {
    if (!near || live) return
    const measure = () => {
      const width = Math.round(box.current?.getBoundingClientRect().width ?? 0)
      return { width: width > 0 ? width : undefined }
    }
    if (document.documentElement.hasAttribute(PREPARED_FOR_PRINT)) {
      setLive(measure())
      return
    }
    const start = () => {
      turn.current = next
      // The render yields to input between its slices; its commit is one task.
      startTransition(() => setLive(measure()))
    }
    return enqueue(start)
  }, [near, live, box])
  // A chart that unmounts before it has committed passes its turn on.
  useEffect(() => () => passTurn(turn), [])
  const covered = drawing !== undefined && !drawn
  return (
    <div ref={box} className={className} style={{ height }}>
      {live && (
        // The live chart draws out of sight under the drawing, then takes its place: no blank,
        // nothing moves.
        <div className={covered ? 'chart-live chart-live-covered' : 'chart-live'}>
          {live.width === undefined ? (
            children
          ) : (
            <PlotWidth.Provider value={live.width}>{children}</PlotWidth.Provider>
          )}
          <Mounted
            onDrawn={() => {
              setDrawn(true)
              passTurn(turn)
            }}
          />
        </div>
      )}
      {(!live || covered) &&
        (drawing ? (
          <Drawing nodes={drawing} />
        ) : (
          <div className="chart-placeholder" aria-hidden="true" />
        ))}
    </div>
  )
}

function passTurn(turn: Turn) {
  const pass = turn.current
  turn.current = undefined
  if (pass) whenIdle(pass)
}
