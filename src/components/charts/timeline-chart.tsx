import { type ReactNode, useEffect, useRef, useState } from 'react'
import { formatMonth } from '../../lib/format'
import { NARROW_CHART } from './chart-types'

export interface TimelineLane {
  key: string
  label: string
  shortLabel: string
}

/** Something dated, drawn at the precision of its date: a day as a dot, a month or year as a span. */
export interface TimelineMark {
  key: string
  lane: string
  /** First and last instant covered, ms since the epoch. */
  start: number
  end: number
  precision: 'day' | 'month' | 'year'
  /** Starts before the axis: drawn as an arrow at its start. */
  before: boolean
  label: string
  dateText: string
}

export interface TimelineChartProps {
  /** The chart's accessible name. */
  label: string
  lanes: readonly TimelineLane[]
  marks: readonly TimelineMark[]
  /** [first, last] instant on the axis, ms since the epoch. */
  domain: readonly [number, number]
  height: number
  colour: string
  /** Wraps a mark in a link; `name` is the link's accessible name. */
  renderMarkLink: (mark: TimelineMark, content: ReactNode, name: string) => ReactNode
  /** Wraps a lane's label (shortened to fit) in a link; name the link with `lane.label`. */
  renderLaneLink?: (lane: TimelineLane, content: ReactNode) => ReactNode
  /** The line under the chart that describes the hovered or focused mark. */
  describe?: (mark: TimelineMark) => string
}

const SIDE = 10
const AXIS = 40
const LABEL_FONT = 13
const INITIAL_WIDTH = 640
/** Room a month or year label needs to the right of its tick. */
const TICK_LABEL = 32

function useWidth() {
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(INITIAL_WIDTH)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      const measured = entry?.contentRect.width ?? 0
      if (measured > 0) setWidth(Math.round(measured))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}

interface Tick {
  at: number
  month: string
  /** The year under the first tick and under each January. */
  year: string | undefined
}

function monthTicks(domain: readonly [number, number], narrow: boolean): Tick[] {
  const ticks: Tick[] = []
  const first = new Date(domain[0])
  for (let i = 0; ; i++) {
    const at = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1)
    if (at > domain[1]) break
    const date = new Date(at)
    const month = date.getUTCMonth()
    if (narrow && month % 3 !== 0) continue
    const iso = date.toISOString().slice(0, 7)
    ticks.push({
      at,
      month: formatMonth(iso, 'en'),
      year: month === 0 || ticks.length === 0 ? String(date.getUTCFullYear()) : undefined,
    })
  }
  return ticks
}

function truncate(text: string, width: number): string {
  const max = Math.floor(width / (LABEL_FONT * 0.6))
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`
}

/**
 * Dated marks in lanes along a time axis, in plain SVG: every mark and lane label can be a
 * link, and the focused or hovered mark is described in words under the chart.
 */
export function TimelineChart({
  label,
  lanes,
  marks,
  domain,
  height,
  colour,
  renderMarkLink,
  renderLaneLink = (_lane, content) => content,
  describe = (mark) => `${mark.dateText}: ${mark.label}`,
}: TimelineChartProps) {
  const [box, width] = useWidth()
  const [active, setActive] = useState<string | undefined>()
  const narrow = width < NARROW_CHART
  // Room under the chart for the focused mark's description: three lines on a phone.
  const detail = narrow ? 66 : 44
  const svgHeight = height - detail
  const plotRight = width - SIDE
  const span = Math.max(1, domain[1] - domain[0])
  const x = (t: number) =>
    SIDE + ((Math.min(Math.max(t, domain[0]), domain[1]) - domain[0]) / span) * (plotRight - SIDE)
  const laneHeight = (svgHeight - AXIS) / Math.max(1, lanes.length)
  const ticks = monthTicks(domain, narrow)
  const activeMark = marks.find((m) => m.key === active)
  const radius = narrow ? 5 : 6

  return (
    <div ref={box} className="timeline" style={{ height }}>
      <svg
        width={width}
        height={svgHeight}
        viewBox={`0 0 ${width} ${svgHeight}`}
        aria-label={label}
        className="timeline-svg"
      >
        {ticks.map((tick) => (
          <g key={tick.at}>
            <line
              x1={x(tick.at)}
              x2={x(tick.at)}
              y1={0}
              y2={svgHeight - AXIS}
              stroke="var(--border)"
              strokeWidth={tick.year ? 1.5 : 1}
            />
            {x(tick.at) + TICK_LABEL <= width && (
              <text
                x={x(tick.at) + 3}
                y={svgHeight - AXIS + 16}
                fontSize={12}
                fill="var(--text-muted)"
              >
                {tick.month}
              </text>
            )}
            {tick.year && x(tick.at) + TICK_LABEL <= width && (
              <text
                x={x(tick.at) + 3}
                y={svgHeight - AXIS + 32}
                fontSize={12}
                fontWeight={600}
                fill="var(--text)"
              >
                {tick.year}
              </text>
            )}
          </g>
        ))}
        {lanes.map((lane, index) => {
          const top = index * laneHeight
          const track = top + laneHeight * 0.68
          const laneMarks = marks.filter((m) => m.lane === lane.key)
          const dated = laneMarks.filter((m) => m.precision === 'day' && !m.before)
          const labelText = truncate(narrow ? lane.shortLabel : lane.label, width - 2 * SIDE)
          return (
            <g key={lane.key}>
              {renderLaneLink(
                lane,
                <text x={SIDE} y={top + 15} fontSize={LABEL_FONT} className="timeline-lane-label">
                  {labelText}
                </text>,
              )}
              {dated.length > 1 && (
                <line
                  x1={x(dated[0]?.start ?? 0)}
                  x2={x(dated.at(-1)?.start ?? 0)}
                  y1={track}
                  y2={track}
                  stroke={colour}
                  strokeOpacity={0.5}
                  strokeWidth={2}
                />
              )}
              {laneMarks.map((mark) => (
                // Focus and hover bubble up from the link to this group.
                // biome-ignore lint/a11y/noStaticElementInteractions: the link inside is the control
                <g
                  key={mark.key}
                  className={`timeline-mark${active === mark.key ? ' is-active' : ''}`}
                  onMouseEnter={() => setActive(mark.key)}
                  onMouseLeave={() => setActive(undefined)}
                  onFocus={() => setActive(mark.key)}
                  onBlur={() => setActive(undefined)}
                >
                  {renderMarkLink(
                    mark,
                    <MarkShape mark={mark} x={x} y={track} radius={radius} colour={colour} />,
                    describe(mark),
                  )}
                </g>
              ))}
            </g>
          )
        })}
      </svg>
      <p className="timeline-detail" aria-hidden="true" style={{ height: detail }}>
        {activeMark
          ? describe(activeMark)
          : 'Point at or tab to a milestone for its date and event.'}
      </p>
    </div>
  )
}

function MarkShape({
  mark,
  x,
  y,
  radius,
  colour,
}: {
  mark: TimelineMark
  x: (t: number) => number
  y: number
  radius: number
  colour: string
}) {
  if (mark.before) {
    const left = x(mark.start)
    return (
      <path
        className="timeline-shape"
        d={`M${left} ${y} L${left + 12} ${y - 7} L${left + 12} ${y + 7} Z`}
        fill={colour}
      />
    )
  }
  if (mark.precision === 'day') {
    return (
      <circle
        className="timeline-shape"
        cx={x((mark.start + mark.end) / 2)}
        cy={y}
        r={radius}
        fill={colour}
        stroke="var(--surface)"
        strokeWidth={1.5}
      />
    )
  }
  const left = x(mark.start)
  const right = Math.max(x(mark.end), left + 8)
  return (
    <rect
      className="timeline-shape"
      x={left}
      y={y - 5}
      width={right - left}
      height={10}
      rx={5}
      fill={colour}
      fillOpacity={0.35}
      stroke={colour}
      strokeDasharray="4 3"
    />
  )
}
