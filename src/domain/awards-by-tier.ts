/**
 * Awards by prize tier: each innovation scheme's prizes, tier by tier, with their targets. Pure,
 * like chart-data.ts.
 */
import { ChartDataError, type ChartPoint, chartPoint, type TextLocale } from './chart-data'
import type { MetricRow } from './metric-rows'

export const awardSchemes = [
  { key: 'science-tech', name: 'Science & technology innovation', shortName: 'Sci. & tech.' },
  { key: 'management', name: 'Management innovation', shortName: 'Management' },
] as const
export const awardTiers = [
  { key: 'first', name: 'First prizes', shortName: '1st' },
  { key: 'second', name: 'Second prizes', shortName: '2nd' },
  { key: 'third', name: 'Third prizes', shortName: '3rd' },
  { key: 'gadgets', name: 'Gadgets', shortName: 'Gadgets' },
] as const

export type AwardSchemeKey = (typeof awardSchemes)[number]['key']
export type AwardTier = (typeof awardTiers)[number]

export interface AwardScheme {
  key: AwardSchemeKey
  name: string
  shortName: string
  /** Prizes of every tier: 89 for science & technology, 60 for management. */
  total: number
  /** Sum of the tiers' targets; undefined when any tier has none. */
  targetTotal: number | undefined
  /** total ÷ targetTotal. */
  totalAttainment: number | undefined
  tierCount: number
  byTier: Partial<Record<AwardTier['key'], ChartPoint>>
}

export interface AwardsByTier {
  /** Tiers that at least one scheme awards, in prize order. */
  tiers: AwardTier[]
  schemes: AwardScheme[]
}

export function awardsByTier(rows: readonly MetricRow[], locale: TextLocale = 'en'): AwardsByTier {
  const schemes = awardSchemes.map((scheme): AwardScheme => {
    const byTier: AwardScheme['byTier'] = {}
    const points: ChartPoint[] = []
    for (const tier of awardTiers) {
      const row = rows.find((r) => r.metric.id === `awards.${scheme.key}.${tier.key}`)
      if (!row) continue
      const p = chartPoint(row, undefined, locale)
      byTier[tier.key] = p
      points.push(p)
    }
    if (points.length === 0) {
      throw new ChartDataError(
        'missing-awards',
        `awards.${scheme.key}`,
        `The dataset has no “${scheme.name}” awards.`,
      )
    }
    const total = points.reduce((sum, p) => sum + p.value, 0)
    const targetTotal = points.every((p) => p.target !== undefined)
      ? points.reduce((sum, p) => sum + (p.target ?? 0), 0)
      : undefined
    return {
      ...scheme,
      total,
      targetTotal,
      totalAttainment: targetTotal ? total / targetTotal : undefined,
      tierCount: points.length,
      byTier,
    }
  })
  return {
    tiers: awardTiers.filter((tier) => schemes.some((s) => s.byTier[tier.key] !== undefined)),
    schemes,
  }
}
