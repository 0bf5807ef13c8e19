import type { TargetProvenance } from '@/domain/schema'

/**
 * Each kind of target has its own line, told apart without colour: stated solid; derived solid
 * with an open diamond; illustrative dashed (it never reads as fact, even without the legend);
 * analyst dash-dot with an open circle. The chart and the legend draw them alike.
 */
export function targetDash(provenance: TargetProvenance | undefined): string | undefined {
  if (provenance === 'illustrative') return '5 3'
  if (provenance === 'analyst') return '7 2 2 2'
  return undefined
}

/** Whether the mark has a cap at its top end (derived: diamond; analyst: circle). */
export function hasCap(provenance: TargetProvenance | undefined): boolean {
  return provenance === 'derived' || provenance === 'analyst'
}

/** The cap at a target mark's top end: an open diamond (derived) or an open circle (analyst). */
export function TargetCap({
  x,
  y,
  provenance,
}: {
  x: number
  y: number
  provenance: TargetProvenance | undefined
}) {
  if (!hasCap(provenance)) return null
  const r = 4
  if (provenance === 'analyst') {
    return (
      <circle
        className="chart-target-cap"
        cx={x}
        cy={y}
        r={r - 0.5}
        fill="var(--surface)"
        stroke="var(--chart-target)"
        strokeWidth={2}
      />
    )
  }
  return (
    <path
      className="chart-target-cap"
      d={`M${x} ${y - r} L${x + r} ${y} L${x} ${y + r} L${x - r} ${y} Z`}
      fill="var(--surface)"
      stroke="var(--chart-target)"
      strokeWidth={2}
    />
  )
}

/**
 * A target as a dark line across its bar's band, with a halo in the surface colour so it stays
 * visible where it crosses a bar of any colour. Drawn in SVG user units.
 */
export function TargetMark({
  x,
  y1,
  y2,
  provenance,
}: {
  x: number
  y1: number
  y2: number
  provenance: TargetProvenance | undefined
}) {
  const dash = targetDash(provenance)
  return (
    <g className="chart-target-mark">
      <line x1={x} x2={x} y1={y1} y2={y2} stroke="var(--surface)" strokeWidth={7} />
      <line
        x1={x}
        x2={x}
        y1={y1}
        y2={y2}
        stroke="var(--chart-target)"
        strokeWidth={3}
        strokeDasharray={dash}
      />
      <TargetCap x={x} y={y1} provenance={provenance} />
    </g>
  )
}

export const OTHER_PERIOD_RADIUS = 5.5

/**
 * Another period's figure for the same metric: a filled dot with a dark outline, unlike any
 * target's line or open cap, since it judges nothing. The chart and the legend draw it alike.
 */
export function OtherPeriodShape({ x, y, colour }: { x: number; y: number; colour: string }) {
  return (
    <circle
      className="chart-other-period"
      cx={x}
      cy={y}
      r={OTHER_PERIOD_RADIUS}
      fill={colour}
      stroke="var(--chart-target)"
      strokeWidth={1.5}
    />
  )
}
