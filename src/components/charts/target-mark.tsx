import type { TargetProvenance } from '@/domain/schema'

/** Targets nobody published are dashed, so they never read as fact even without the legend. */
export function isTentative(provenance: TargetProvenance | undefined): boolean {
  return provenance === 'illustrative' || provenance === 'analyst'
}

/**
 * A derived target (worked out from a stated goal) carries an open diamond at its top end, so
 * it reads apart from a stated one (a plain line) in the chart and in the legend alike.
 */
export function TargetCap({
  x,
  y,
  provenance,
}: {
  x: number
  y: number
  provenance: TargetProvenance | undefined
}) {
  if (provenance !== 'derived') return null
  const r = 4
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
  const dash = isTentative(provenance) ? '5 3' : undefined
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
