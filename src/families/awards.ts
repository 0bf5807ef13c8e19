/** Family 2, awards by prize tier: each innovation scheme's prizes, tier by tier, against targets. */

import { type AwardScheme, type AwardTier, awardsByTier } from '@/domain/awards-by-tier'
import type { ChartPoint } from '@/domain/chart-data'
import { againstTarget, type FamilyInput, tableRow, targetLegend } from './points'
import type { Arg, FamilySpec, TableRowSpec, Words } from './spec'

const colours = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)']

/** Catalog ids of the award schemes and prize tiers (full, and short for narrow charts). */
const schemeMessage: Record<AwardScheme['key'], string> = {
  'science-tech': 'chart.awards.scheme.science-tech',
  management: 'chart.awards.scheme.management',
}
const tierMessage: Record<AwardTier['key'], string> = {
  first: 'chart.awards.tier.first',
  second: 'chart.awards.tier.second',
  third: 'chart.awards.tier.third',
  gadgets: 'chart.awards.tier.gadgets',
}
const tierShortMessage: Record<AwardTier['key'], string> = {
  first: 'chart.awards.tierShort.first',
  second: 'chart.awards.tierShort.second',
  third: 'chart.awards.tierShort.third',
  gadgets: 'chart.awards.tierShort.gadgets',
}
/** A scheme's prizes inside the slide figure's label: "89 science & technology". */
const slideSchemeMessage: Record<AwardScheme['key'], string> = {
  'science-tech': 'present.figure.awards.scienceTech',
  management: 'present.figure.awards.management',
}

function schemePoints(scheme: AwardScheme): ChartPoint[] {
  return Object.values(scheme.byTier).filter((p) => p !== undefined)
}

export function awardsFamily({ kpis }: FamilyInput): FamilySpec {
  const awards = awardsByTier(kpis.rows)
  const points = awards.schemes.flatMap(schemePoints)
  const title: Words = { id: 'chart.awards.title' }
  const schemeName = (scheme: AwardScheme): Arg => ({ words: { id: schemeMessage[scheme.key] } })
  const prize = (scheme: AwardScheme, tier: AwardTier): Arg => ({
    words: {
      id: 'chart.awards.prize',
      values: {
        scheme: schemeName(scheme),
        tier: { words: { id: tierMessage[tier.key] }, inSentence: true },
      },
    },
  })
  const colour = (i: number) => colours[i % colours.length] ?? 'var(--chart-1)'
  const allIllustrative = points.every((p) => p.targetProvenance === 'illustrative')
  // The release lists the science scheme's 30 gadgets beside its prizes, not as prizes.
  const gadgetsOf = (scheme: AwardScheme) => scheme.byTier.gadgets?.value ?? 0
  const totals = awards.schemes.map(
    (scheme): TableRowSpec => ({
      key: `${scheme.key}-total`,
      label: {
        words: {
          id: 'chart.awards.total',
          values: { scheme: schemeName(scheme), gadgets: gadgetsOf(scheme) },
        },
      },
      value: { integer: scheme.total },
      target: scheme.targetTotal === undefined ? undefined : { integer: scheme.targetTotal },
      attainment:
        scheme.totalAttainment === undefined
          ? undefined
          : allIllustrative
            ? {
                words: {
                  id: 'kpi.ofReference',
                  values: { percent: { percent: scheme.totalAttainment } },
                },
              }
            : { percent: scheme.totalAttainment },
    }),
  )
  return {
    key: 'awards',
    events: [...new Set(points.map((p) => p.event))],
    panel: {
      title,
      summary: {
        id: 'chart.awards.summary',
        values: {
          schemes: {
            list: awards.schemes.map((s) => ({
              words: {
                id: 'chart.awards.schemeClause',
                values: {
                  scheme: { ...(schemeName(s) as { words: Words }), inSentence: true },
                  total: { integer: s.total - gadgetsOf(s) },
                  gadgets: gadgetsOf(s),
                },
              },
            })),
          },
          illustrative: allIllustrative ? 'yes' : 'no',
        },
      },
      legend: [
        ...awards.schemes.map((scheme, i) => ({
          key: scheme.key,
          kind: 'bar' as const,
          label: {
            id: 'chart.awards.legendTotal',
            values: {
              scheme: schemeName(scheme),
              total: { integer: scheme.total - gadgetsOf(scheme) },
              gadgets: gadgetsOf(scheme),
            },
          },
          colour: colour(i),
        })),
        ...targetLegend(points),
      ],
      notes: [],
      table: {
        caption: { id: 'chart.awards.caption', values: { title: { words: title } } },
        rows: awards.schemes.flatMap((scheme) =>
          awards.tiers.flatMap((tier) => {
            const p = scheme.byTier[tier.key]
            return p ? [tableRow(p, prize(scheme, tier))] : []
          }),
        ),
        totals,
      },
      plots: [
        {
          kind: 'target-bars',
          label: { id: 'chart.awards.plotLabel', values: { title: { words: title } } },
          tick: 'count',
          series: awards.schemes.map((scheme, i) => ({
            key: scheme.key,
            label: { id: schemeMessage[scheme.key] },
            colour: colour(i),
          })),
          categories: awards.tiers.map((tier) => ({
            key: tier.key,
            label: { words: { id: tierMessage[tier.key] } },
            shortLabel: { words: { id: tierShortMessage[tier.key] } },
            values: Object.fromEntries(
              awards.schemes.flatMap((scheme) => {
                const p = scheme.byTier[tier.key]
                return p ? [[scheme.key, againstTarget(p, prize(scheme, tier))]] : []
              }),
            ),
          })),
        },
      ],
    },
    slides: [],
    // On a slide the tiers are one figure: the first, second and third prizes of every scheme;
    // the gadgets are named apart. Tier references are illustrative, so it gives no verdict.
    figures: [
      {
        key: 'awards',
        groups: awards.schemes.map((scheme) => ({
          ids: schemePoints(scheme).map((p) => p.id),
          label: slideSchemeMessage[scheme.key],
        })),
        aside: awards.schemes.flatMap((s) => (s.byTier.gadgets ? [s.byTier.gadgets.id] : [])),
        label: 'present.figure.awards',
        asideLabel: 'present.figure.awardsGadgets',
      },
    ],
  }
}
