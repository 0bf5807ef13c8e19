/**
 * Chart points (domain/chart-data.ts) as spec parts: values against targets, table rows, legend
 * entries. Shared by the family modules so each says only what is its own.
 */
import type { ChartPoint, ConversionRate } from '@/domain/chart-data'
import type { MoneyView } from '@/domain/currency'
import type { Kpis } from '@/domain/kpis'
import type { TargetProvenance } from '@/domain/schema'
import type { OtherPeriods } from './other-periods'
import type {
  AmountSpec,
  Arg,
  BulletRowSpec,
  ConversionSpec,
  LegendSpec,
  TableRowSpec,
  ValueSpec,
  Words,
} from './spec'

/** What every family is built from. */
export interface FamilyInput {
  kpis: Kpis
  /** The reader's currency; money is converted at the dataset's rate. */
  money: MoneyView
  rate: ConversionRate | undefined
  /** The same metrics in other published datasets, drawn beside the figures when there are any. */
  others?: OtherPeriods
}

export function amountOf(p: Pick<ChartPoint, 'value' | 'unit' | 'qualifier'>): AmountSpec {
  return { value: p.value, unit: p.unit, qualifier: p.qualifier }
}

/** "550,000+" */
export function labelOf(p: ChartPoint): Arg {
  return { amount: amountOf(p), as: 'label' }
}

/** "more than 550,000" */
export function phraseOf(p: ChartPoint): Arg {
  return { amount: amountOf(p), as: 'phrase' }
}

/** "500,000": the target in the point's unit. */
export function targetOf(p: ChartPoint): Arg | undefined {
  return p.target === undefined
    ? undefined
    : { amount: { value: p.target, unit: p.unit, qualifier: 'exact' }, as: 'target' }
}

/** The metric's own label. */
export function nameOf(p: ChartPoint): Arg {
  return { text: p.labels }
}

/** A point as a value against its target. */
export function againstTarget(p: ChartPoint, label: Arg = nameOf(p)): ValueSpec {
  return {
    key: p.id,
    event: p.event,
    label,
    value: p.value,
    valueText: labelOf(p),
    target: p.target,
    targetText: targetOf(p),
    targetProvenance: p.targetProvenance,
    status: p.status,
    verdict: verdictOf(p),
  }
}

/**
 * A goal the release states in words only ("controlling interest", "more than fulfilling the
 * target"): its verdict is the sentence's, so the mark shows the figure and this says the verdict.
 */
export function verdictOf(p: ChartPoint): Arg | undefined {
  const outcome = p.targetDetail?.kind === 'qualitative' ? p.targetDetail.outcome : undefined
  return outcome ? { text: outcome.text } : undefined
}

/** A point as a bullet chart's row. */
export function bulletRow(
  p: ChartPoint,
  rowLabel: Arg,
  shortLabel: Arg = rowLabel,
  extra: Partial<BulletRowSpec> = {},
): BulletRowSpec {
  return { ...againstTarget(p), rowLabel, shortLabel, ...extra }
}

/** A point as a row of a chart's table. */
export function tableRow(p: ChartPoint, label: Arg = nameOf(p), detail?: Arg): TableRowSpec {
  return {
    key: p.id,
    label,
    detail,
    value: labelOf(p),
    target: targetOf(p),
    targetDetail: p.targetDetail,
    attainment: attainmentOf(p),
    status: p.status,
    stated: p.stated ? { ...p.stated, qualifier: p.qualifier } : undefined,
  }
}

/** "110%"; beside an illustrative reference "64% of reference", a scale and never a verdict. */
export function attainmentOf(p: ChartPoint): Arg | undefined {
  if (p.referenceShare !== undefined) {
    return { words: { id: 'kpi.ofReference', values: { percent: { percent: p.referenceShare } } } }
  }
  return p.attainment === undefined ? undefined : { percent: p.attainment }
}

/**
 * The kinds of target among the points that have a mark to draw, in the order they first appear
 * (a goal stated in words has no number, so no mark and no legend entry).
 */
export function provenancesOf(points: readonly ChartPoint[]): TargetProvenance[] {
  return [
    ...new Set(
      points.flatMap((p) =>
        p.targetProvenance && p.target !== undefined ? [p.targetProvenance] : [],
      ),
    ),
  ]
}

/** "Target (stated)"; an illustrative reference says it judges nothing. */
function overviewTargetName(provenance: TargetProvenance): Words {
  return provenance === 'illustrative'
    ? { id: 'chart.legend.reference' }
    : { id: 'chart.legend.target', values: { kind: { provenance } } }
}

/** One legend entry per kind of target the points have: "Target (stated)". */
export function targetLegend(
  points: readonly ChartPoint[],
  name: (provenance: TargetProvenance) => Words = overviewTargetName,
): LegendSpec[] {
  return provenancesOf(points).map((provenance) => ({
    key: `target-${provenance}`,
    kind: 'target',
    label: name(provenance),
    provenance,
  }))
}

/**
 * The bullet's band up to the mark, in the legend only when a mark is drawn: "Up to the
 * reference" when every mark is an illustrative reference, else "Up to the target".
 */
export function bandLegend(points: readonly ChartPoint[], slide = false): LegendSpec[] {
  const kinds = provenancesOf(points)
  if (kinds.length === 0) return []
  const reference = kinds.every((k) => k === 'illustrative')
  const id = reference
    ? 'chart.legend.bandReference'
    : slide
      ? 'present.chart.legend.band'
      : 'chart.legend.band'
  return [{ key: 'band', kind: 'band', label: { id } }]
}

/** The rate, when any point was converted from the currency the source states it in. */
export function conversionOf(
  points: readonly ChartPoint[],
  rate: ConversionRate | undefined,
): ConversionSpec | undefined {
  return rate && points.some((p) => p.stated) ? { rate: rate.rate, basis: rate.basis } : undefined
}

/** "Target (stated)" on a slide; an illustrative reference is named as on the overview. */
export function slideTargetName(provenance: TargetProvenance): Words {
  return provenance === 'illustrative'
    ? overviewTargetName(provenance)
    : { id: 'present.chart.legend.target', values: { kind: { provenance } } }
}
