/**
 * A data family's words: the dataset's text (dashboard.json) with each placeholder filled from the
 * family's metrics (domain/placeholders.ts names them), and the verdicts on goals stated in words.
 */
import { type ChartPoint, measuredOn } from '@/domain/chart-data'
import { isPlaceholderName, type PlaceholderName, placeholdersOf } from '@/domain/placeholders'
import type { FamilyMetric, LocalizedText } from '@/domain/schema'
import { labelOf, phraseOf, targetOf, verdictOf } from './points'
import type { Arg, Words } from './spec'

/** A charted metric: its point, its claims and the family's words for it. */
export interface Charted {
  point: ChartPoint
  claims: LocalizedText[]
  words: FamilyMetric
  /** The metric listed before it in the family. */
  previous?: ChartPoint
  /** The reference fact its `context` names. */
  context?: number
}

/** What a placeholder stands for, from the metric it names. */
function placeholderArg(
  name: Exclude<PlaceholderName, 'title' | 'sum'>,
  m: Charted,
): Arg | undefined {
  const { point } = m
  const args: Record<typeof name, () => Arg | undefined> = {
    value: () => phraseOf(point),
    label: () => labelOf(point),
    target: () => targetOf(point),
    date: () => ({ date: measuredOn(point) }),
    unit: () => ({ currency: point.unit }),
    claims: () => ({ integer: m.claims.length }),
    share: () =>
      m.previous && m.previous.value > 0
        ? { percent: point.value / m.previous.value, digits: 1 }
        : undefined,
    kind: () => (point.targetProvenance ? { provenance: point.targetProvenance } : undefined),
    name: () => ({ text: point.labels }),
    period: () => ({ period: point.period }),
    context: () => (m.context === undefined ? undefined : { integer: m.context }),
    // Nothing beside a published target, or none: the words are true whatever the target.
    reference: () =>
      point.referenceShare === undefined || point.target === undefined
        ? ''
        : {
            words: {
              id: 'chart.data.reference',
              values: { percent: { percent: point.referenceShare }, target: targetOf(point) ?? '' },
            },
          },
  }
  return args[name]()
}

/** A series' figures summed, those listed aside left out: "{sum:science-tech}". */
const seriesSum = (charted: readonly Charted[], series: string | undefined) =>
  charted
    .filter((c) => c.words.series === series && !c.words.aside)
    .reduce((sum, c) => sum + c.point.value, 0)

/** The dataset's text as words, each placeholder filled; `own`: the metric the text is about. */
export function wordsOf(
  text: LocalizedText,
  charted: readonly Charted[],
  title: Words,
  own?: Charted,
): Words {
  const values: Record<string, Arg> = {}
  for (const p of [...placeholdersOf(text.en), ...placeholdersOf(text['zh-CN'])]) {
    const m = p.metric === undefined ? own : charted.find((c) => c.point.id === p.metric)
    // The validator has checked every name (domain/assemble-dataset.ts); an unknown one stays as written.
    const arg =
      p.name === 'title'
        ? { words: title }
        : p.name === 'sum'
          ? { integer: seriesSum(charted, p.metric) }
          : m && isPlaceholderName(p.name) && p.name !== 'title' && p.name !== 'sum'
            ? placeholderArg(p.name, m)
            : undefined
    if (arg !== undefined) values[p.raw] = arg
  }
  // A sentence may start with a figure: "More than 550,000 …".
  return { text, values, capitalise: true }
}

/** The sentence before the verdicts, then each goal stated in words only with its verdict. */
export function verdictNotes(intro: Words | undefined, charted: readonly Charted[]): Words[] {
  const verdicts = charted.flatMap(({ point }): Words[] => {
    const verdict = verdictOf(point)
    const goal = point.targetDetail?.goal
    return verdict && goal
      ? [{ id: 'chart.data.goalVerdict', values: { goal: { text: goal }, verdict } }]
      : []
  })
  return intro && verdicts.length > 0 ? [intro, ...verdicts] : []
}
