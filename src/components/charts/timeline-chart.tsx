import { type ReactNode, useState } from 'react'
import type { Locale } from '@/domain/locale'
import { useLanguage } from '@/i18n/locale'
import { formatDate, formatMonthShort } from '@/lib/format'
import { type MarkFilter, NARROW_CHART } from './chart-types'
import { FilterMark, type MarkBox } from './filter-mark'
import { usePlotWidth } from './responsive-plot'
import { textWidth } from './value-axis'

export interface TimelineLane {
  key: string
  label: string
  shortLabel: string
}

/** Something dated, drawn at the precision of its date: a day as a dot, a month or year as a span. */
export interface TimelineMark {
  key: string
  lane: string
  /** The event the mark belongs to: with a `MarkFilter`, the mark filters to it. */
  event: number
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
  /** Makes each mark a button that filters the view to its event. */
  filter?: MarkFilter
  /**
   * Wraps a lane's label (shortened to fit) in a link. `shown` is the label before shortening:
   * the link's name must contain it (WCAG 2.5.3), e.g. "4. PSBC issues …: event details".
   */
  renderLaneLink?: (lane: TimelineLane, content: ReactNode, shown: string) => ReactNode
  /** The line under the chart that describes the hovered or focused mark. */
  describe?: (mark: TimelineMark) => string
}

const SIDE = 10
const AXIS = 40
const LABEL_FONT = 13
/** Height of a lane (its label and its track) when there is room to spare. */
const MAX_LANE = 64
/** Room a month or year label needs to the right of its tick. */
const TICK_LABEL = 32

interface Tick {
  at: number
  month: string
  /** The year under the first tick and under each January. */
  year: string | undefined
}

function monthTicks(domain: readonly [number, number], narrow: boolean, locale: Locale): Tick[] {
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
      month: formatMonthShort(month, locale),
      year: month === 0 || ticks.length === 0 ? formatDate(iso.slice(0, 4), locale) : undefined,
    })
  }
  return ticks
}

/** Room under the plot for the focused mark's description: three lines on a phone. */
const DETAIL_NARROW = 66
const DETAIL_WIDE = 44

/**
 * The height a timeline of `laneCount` lanes needs, at most `max`: a filtered timeline of a few
 * events takes less room than the whole year's.
 */
export function timelineHeight(laneCount: number, max: number): number {
  return Math.min(max, Math.max(1, laneCount) * MAX_LANE + AXIS + DETAIL_NARROW)
}

const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' })

/**
 * The text cut to fit `width` px, measured as `textWidth` does, so Chinese fits as well. It is
 * cut between words, so what shows is the start of the lane's accessible name word for word
 * (WCAG 2.5.3, label in name); a first word too long for the room is cut inside.
 */
export function truncate(text: string, width: number): string {
  if (textWidth(text, LABEL_FONT) <= width) return text
  const fits = (head: string) => textWidth(`${head.trimEnd()}…`, LABEL_FONT) <= width
  let head = ''
  for (const { segment } of WORDS.segment(text)) {
    if (!fits(head + segment)) break
    head += segment
  }
  if (head.trim()) return `${head.trimEnd()}…`
  const chars = [...text]
  let end = chars.length
  while (end > 1 && !fits(chars.slice(0, end).join(''))) end--
  return `${chars.slice(0, end).join('').trimEnd()}…`
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
  filter,
  renderLaneLink = (_lane, content) => content,
  describe,
}: TimelineChartProps) {
  const [_, locale] = useLanguage()
  const describeMark =
    describe ??
    ((mark: TimelineMark) => _('chart.timeline.mark', { date: mark.dateText, label: mark.label }))
  const [box, width] = usePlotWidth()
  const [active, setActive] = useState<string | undefined>()
  const narrow = width < NARROW_CHART
  const detail = narrow ? DETAIL_NARROW : DETAIL_WIDE
  // Lanes share the height, up to a comfortable lane each: a filtered timeline of one or two
  // events stays compact at the top instead of stretching a lane over the whole box.
  const laneHeight = Math.min((height - detail - AXIS) / Math.max(1, lanes.length), MAX_LANE)
  const svgHeight = laneHeight * Math.max(1, lanes.length) + AXIS
  const plotRight = width - SIDE
  const span = Math.max(1, domain[1] - domain[0])
  const x = (t: number) =>
    SIDE + ((Math.min(Math.max(t, domain[0]), domain[1]) - domain[0]) / span) * (plotRight - SIDE)
  const ticks = monthTicks(domain, narrow, locale)
  const activeMark = marks.find((m) => m.key === active)
  const radius = narrow ? 5 : 6

  return (
    <div ref={box} className="timeline" style={{ height }}>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG groups its mark buttons with a role */}
      <svg
        width={width}
        height={svgHeight}
        viewBox={`0 0 ${width} ${svgHeight}`}
        aria-label={label}
        role="group"
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
          const shown = narrow ? lane.shortLabel : lane.label
          const labelText = truncate(shown, width - 2 * SIDE)
          return (
            <g key={lane.key}>
              {renderLaneLink(
                lane,
                <text x={SIDE} y={top + 15} fontSize={LABEL_FONT} className="timeline-lane-label">
                  {labelText}
                </text>,
                shown,
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
                // Focus and hover bubble up from the button to this group.
                // biome-ignore lint/a11y/noStaticElementInteractions: the button inside is the control
                <g
                  key={mark.key}
                  className={`timeline-mark${active === mark.key ? ' is-active' : ''}`}
                  onMouseEnter={() => setActive(mark.key)}
                  onMouseLeave={() => setActive(undefined)}
                  onFocus={() => setActive(mark.key)}
                  onBlur={() => setActive(undefined)}
                >
                  <FilterMark
                    filter={filter}
                    event={mark.event}
                    name={_('chart.filterMilestone', {
                      event: mark.event,
                      date: mark.dateText,
                      label: mark.label,
                    })}
                    box={markBox(mark, x, track, radius)}
                  >
                    <MarkShape mark={mark} x={x} y={track} radius={radius} colour={colour} />
                  </FilterMark>
                </g>
              ))}
            </g>
          )
        })}
      </svg>
      <p className="timeline-detail" aria-hidden="true" style={{ height: detail }}>
        {activeMark ? describeMark(activeMark) : _('chart.timeline.hint')}
      </p>
    </div>
  )
}

/** The box a mark's focus ring goes round, a little outside its shape. */
function markBox(mark: TimelineMark, x: (t: number) => number, y: number, radius: number): MarkBox {
  const pad = 4
  if (mark.before) {
    const left = x(mark.start)
    return { x: left - pad, y: y - 7 - pad, width: 12 + 2 * pad, height: 14 + 2 * pad }
  }
  if (mark.precision === 'day') {
    const cx = x((mark.start + mark.end) / 2)
    const r = radius + pad
    return { x: cx - r, y: y - r, width: 2 * r, height: 2 * r }
  }
  const left = x(mark.start)
  const right = Math.max(x(mark.end), left + 8)
  return { x: left - pad, y: y - 5 - pad, width: right - left + 2 * pad, height: 10 + 2 * pad }
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
