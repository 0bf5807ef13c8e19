import type { TargetProvenance } from '@/domain/schema'
import { hasCap, OtherPeriodShape, TargetCap, targetDash } from './target-mark'

export type LegendItem =
  | { key: string; kind: 'bar' | 'point' | 'other-period'; label: string; colour: string }
  | { key: string; kind: 'target'; label: string; provenance: TargetProvenance | undefined }
  | { key: string; kind: 'band' | 'span' | 'before'; label: string; colour?: string }

function Swatch({ item }: { item: LegendItem }) {
  switch (item.kind) {
    case 'bar':
      return <rect x={1} y={3} width={16} height={10} rx={2} fill={item.colour} />
    case 'point':
      return <circle cx={9} cy={8} r={5} fill={item.colour} />
    case 'other-period':
      return <OtherPeriodShape x={9} y={8} colour={item.colour} />
    case 'target':
      return (
        <>
          <line
            x1={9}
            x2={9}
            y1={hasCap(item.provenance) ? 4 : 0}
            y2={16}
            stroke="var(--chart-target)"
            strokeWidth={3}
            strokeDasharray={targetDash(item.provenance)}
          />
          <TargetCap x={9} y={5} provenance={item.provenance} />
        </>
      )
    case 'band':
      return (
        <rect x={1} y={1} width={16} height={14} fill="var(--surface-2)" stroke="var(--border)" />
      )
    case 'span':
      return (
        <rect
          x={1}
          y={5}
          width={16}
          height={6}
          rx={3}
          fill={item.colour ?? 'var(--chart-1)'}
          opacity={0.45}
        />
      )
    case 'before':
      return <path d="M2 8 L12 2 L12 14 Z" fill={item.colour ?? 'var(--chart-1)'} />
  }
}

/** An HTML legend, so it wraps on narrow screens and reads as a list. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.key}>
          <svg width={18} height={16} viewBox="0 0 18 16" aria-hidden="true" focusable="false">
            <Swatch item={item} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  )
}
