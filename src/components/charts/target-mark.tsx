import type { TargetProvenance } from '@/domain/schema'

/** Targets nobody published are dashed, so they never read as fact even without the legend. */
export function isTentative(provenance: TargetProvenance | undefined): boolean {
  return provenance === 'illustrative' || provenance === 'analyst'
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
    </g>
  )
}
