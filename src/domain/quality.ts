import { cnyPerUsdFact } from './currency'
import { daysBetween, endOf, startOf } from './dates'
import type { Dataset, Metric, Milestone } from './schema'
import { quoteStatesValue } from './stated-figure'

/** Most severe first: findings are listed in this order. */
export const severities = ['error', 'warning', 'info'] as const
export type Severity = (typeof severities)[number]

/** The rules, in the order they run (`rules` below lists them in this order). */
export type QualityRule =
  | 'currency-conversion'
  | 'subset-exceeds-whole'
  | 'derived-figure'
  | 'date-order'
  | 'attribution'
  | 'name-spelling'
  | 'out-of-range'
  | 'headline-qualifier'
  | 'implied-rate'
  | 'count-fit'
  | 'vague-quantifier'
  | 'spelling'

export interface QualityFinding {
  /** Stable across runs: rule plus subject. */
  id: string
  rule: QualityRule
  severity: Severity
  event: number
  subject: { kind: 'metric' | 'milestone' | 'event'; id: string }
  /** Other records the same problem touches (two milestones quoting one sentence). */
  also?: { kind: 'metric' | 'milestone' | 'event'; id: string }[]
  /** The sentence of the source the finding is about. */
  quote: string
  /** The figures the message is built from, so every view can format them its own way. */
  facts: Record<string, number | string>
}

export type RuleContext = {
  data: Dataset
  metrics: Map<string, Metric>
  milestones: Map<string, Milestone>
}

export type Rule = (context: RuleContext) => QualityFinding[]

const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ')

function finding(
  rule: QualityRule,
  severity: Severity,
  subject: Metric | Milestone,
  facts: QualityFinding['facts'],
): QualityFinding {
  return {
    id: `${rule}:${subject.id}`,
    rule,
    severity,
    event: subject.event,
    subject: { kind: 'value' in subject ? 'metric' : 'milestone', id: subject.id },
    quote: subject.provenance.quote,
    facts,
  }
}

/**
 * A currency conversion the source states beside a figure must agree with the documented rate
 * within the dataset's tolerance. Ten times off or more is an error; the likely intended figure is
 * suggested when the slip is a unit word (million for billion).
 */
/** Every figure the source converts itself (yuan beside dollars), with the documented rate. */
function statedConversions({ data, metrics }: RuleContext) {
  const rate = cnyPerUsdFact(data)
  if (!rate) return []
  return data.metrics.flatMap((stated) => {
    const original = stated.conversionOf ? metrics.get(stated.conversionOf) : undefined
    if (!original) return []
    const cny = original.unit === 'CNY' ? original.value : stated.value
    const usd = original.unit === 'CNY' ? stated.value : original.value
    return usd === 0 ? [] : [{ stated, original, cny, usd, rate }]
  })
}

const currencyConversion: Rule = (context) =>
  statedConversions(context).flatMap(({ stated, original, cny, usd, rate }) => {
    const { data } = context
    const expectedUsd = cny / rate.value
    const factor = expectedUsd / usd
    if (Math.abs(factor - 1) <= data.conversionTolerance) return []
    const facts: QualityFinding['facts'] = {
      original: original.id,
      cny,
      statedUsd: usd,
      expectedUsd,
      factor,
      impliedRate: cny / usd,
      referenceRate: rate.value,
      reference: rate.id,
    }
    for (const scale of [1_000, 0.001]) {
      if (Math.abs(expectedUsd / (usd * scale) - 1) <= data.conversionTolerance) {
        facts.likelyIntendedUsd = usd * scale
      }
    }
    const severity = factor >= 10 || factor <= 0.1 ? 'error' : 'warning'
    return [finding('currency-conversion', severity, stated, facts)]
  })

/** A figure that counts part of another (golden ideas of all submissions) cannot exceed it. */
const subsetExceedsWhole: Rule = ({ data, metrics }) =>
  data.metrics.flatMap((part) => {
    const whole = part.subsetOf ? metrics.get(part.subsetOf) : undefined
    if (!whole || part.value <= whole.value) return []
    return [
      finding('subset-exceeds-whole', 'error', part, {
        whole: whole.id,
        part: part.value,
        wholeValue: whole.value,
      }),
    ]
  })

/** Figures computed from dates (19 carnival days, 53 days early) must match their dates. */
const derivedFigure: Rule = ({ data }) =>
  data.metrics.flatMap((m) => {
    if (!m.derivation) return []
    const { from, to, inclusive } = m.derivation
    const expected = daysBetween(from, to, inclusive)
    if (expected === m.value) return []
    return [finding('derived-figure', 'error', m, { expected, stated: m.value, from, to })]
  })

/**
 * Dates must run forwards: periods start before they end, milestones follow the ones they depend
 * on, and nothing happens after the source that reports it was published.
 */
const dateOrder: Rule = ({ data, milestones }) => {
  const published =
    data.sources
      .map((s) => s.published)
      .sort()
      .at(-1) ?? '0000'
  const results: QualityFinding[] = []
  for (const m of data.metrics) {
    if (m.period.end && startOf(m.period.end) < startOf(m.period.start)) {
      results.push(finding('date-order', 'error', m, { start: m.period.start, end: m.period.end }))
    }
    if (startOf(m.period.start) > endOf(published)) {
      results.push(finding('date-order', 'error', m, { date: m.period.start, published }))
    }
  }
  for (const m of data.milestones) {
    for (const before of m.after ?? []) {
      const earlier = milestones.get(before)
      if (earlier && startOf(earlier.date) > endOf(m.date)) {
        results.push(
          finding('date-order', 'error', m, {
            before: earlier.id,
            beforeDate: earlier.date,
            date: m.date,
          }),
        )
      }
    }
    if (startOf(m.date) > endOf(published)) {
      results.push(finding('date-order', 'error', m, { date: m.date, published }))
    }
  }
  return results
}

const mentions = (text: string, word: string) =>
  new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(normalizeSpace(text))

/**
 * When the dataset attributes a milestone to one person but its sentence credits another by name
 * ("Wang Yang fully affirmed …" followed by "Li's remarks came at …"), the text contradicts itself.
 */
const attribution: Rule = ({ data }) => {
  const people = new Map(data.people.map((p) => [p.id, p]))
  return data.milestones.flatMap((m) => {
    const actor = m.actor ? people.get(m.actor) : undefined
    if (!actor || mentions(m.provenance.quote, actor.surname)) return []
    const credited = data.people.find(
      (p) => p.id !== actor.id && mentions(m.provenance.quote, p.surname),
    )
    if (!credited) return []
    return [
      finding('attribution', 'warning', m, {
        attributedTo: actor.id,
        creditedBySurname: credited.surname,
        creditedTo: credited.id,
      }),
    ]
  })
}

/** A person named in a quote with a spelling that differs from their name (Xi Jinpin). */
const nameSpelling: Rule = ({ data }) => {
  const people = new Map(data.people.map((p) => [p.id, p]))
  return data.milestones.flatMap((m) => {
    const person = m.actor ? people.get(m.actor) : undefined
    if (!person) return []
    const quote = normalizeSpace(m.provenance.quote)
    const written = quote.match(new RegExp(`${person.surname} (\\p{L}+)`, 'u'))
    if (!written || quote.includes(person.name.en)) return []
    return [
      finding('name-spelling', 'info', m, {
        person: person.id,
        written: `${person.surname} ${written[1]}`,
        expected: person.name.en,
      }),
    ]
  })
}

/** Shares cannot pass 100%, and provinces cannot outnumber mainland China's provincial divisions. */
const outOfRange: Rule = ({ data }) => {
  const provinces = data.reference.find((r) => r.unit === 'provinces')
  return data.metrics.flatMap((m) => {
    const limit = m.unit === 'percent' ? 100 : m.unit === 'provinces' ? provinces?.value : undefined
    if (limit === undefined || m.value <= limit) return []
    return [finding('out-of-range', 'error', m, { value: m.value, limit })]
  })
}

const QUALIFIER_WORDS: Record<string, Metric['qualifier']> = {
  'up to': 'up-to',
  'more than': 'more-than',
  some: 'about',
  about: 'about',
}
const SCALES = [1, 1e3, 1e6, 1e9]

/**
 * A headline that qualifies a figure ("up to US$7.25 billion") the body states plainly ("issued a
 * US$7.25 billion …"): the two say different things about the same figure.
 */
const headlineQualifier: Rule = ({ data }) =>
  data.events.flatMap((event) => {
    const headline = normalizeSpace(event.headline)
    return [...headline.matchAll(/\b(up to|more than|some|about)\b[^\d]{0,8}([\d.,]+)/gi)].flatMap(
      (match) => {
        const word = (match[1] ?? '').toLowerCase()
        const number = Number((match[2] ?? '').replace(/,/g, ''))
        const metric = data.metrics.find(
          (m) =>
            m.event === event.number &&
            m.qualifier !== QUALIFIER_WORDS[word] &&
            SCALES.some((scale) => Math.abs(m.value - number * scale) < 1e-6 * m.value),
        )
        if (!metric) return []
        return [
          {
            ...finding('headline-qualifier', 'warning', metric, {
              headline: word,
              body: metric.qualifier,
            }),
            quote: event.headline,
          },
        ]
      },
    )
  })

/**
 * The rate a stated conversion implies, beside the reference rate, whenever they differ by more
 * than 1%: a 5% gap is within the conversion rule's tolerance, so it would otherwise go unsaid.
 * A conversion the currency rule already flags is left to it (one problem, one finding).
 */
const impliedRate: Rule = (context) =>
  statedConversions(context).flatMap(({ stated, cny, usd, rate }) => {
    const implied = cny / usd
    const gap = implied / rate.value - 1
    const tolerance = context.data.conversionTolerance
    if (Math.abs(gap) <= 0.01 || Math.abs(1 / (1 + gap) - 1) > tolerance) return []
    return [
      finding('implied-rate', 'info', stated, {
        impliedRate: implied,
        referenceRate: rate.value,
        gap,
        reference: rate.id,
      }),
    ]
  })

/** A count said to be divided into groups ("some 41 teams", "nine groups") that does not fit. */
const countFit: Rule = ({ data, metrics }) =>
  data.metrics.flatMap((m) => {
    const groups = m.groupedInto ? metrics.get(m.groupedInto) : undefined
    if (!groups || groups.value === 0) return []
    if (m.qualifier === 'exact' && m.value % groups.value === 0 && m.value >= groups.value) {
      return []
    }
    return [
      finding('count-fit', 'warning', m, {
        groups: groups.id,
        count: m.value,
        groupCount: groups.value,
        approximate: m.qualifier === 'about' ? 'yes' : 'no',
      }),
    ]
  })

/** Words that say "many" without a number: a figure drawn from them is the dashboard's, not the release's. */
const VAGUE_WORDS =
  /\b(?:(?:tens of |hundreds of )?(?:millions|thousands|hundreds|dozens) of|numerous|a number of)\b/i

/**
 * A figure the source gives only approximately ("some 41"), or that rests on a sentence with no
 * number at all ("millions of employees"): it backs no exact claim.
 */
const vagueQuantifier: Rule = ({ data }) =>
  data.metrics.flatMap((m) => {
    const word = VAGUE_WORDS.exec(normalizeSpace(m.provenance.quote))?.[0]
    // A figure computed from dates is not read from the sentence's words.
    if (word && !m.derivation && !quoteStatesValue(m)) {
      return [finding('vague-quantifier', 'warning', m, { value: m.value, word })]
    }
    return m.qualifier === 'about'
      ? [finding('vague-quantifier', 'info', m, { value: m.value })]
      : []
  })

/**
 * Words the release misspells ("Postal Savings Banks", "Jiangpinglu"), found where it writes them:
 * in a record's sentence, else in an event's headline (reported on the event's key figure).
 */
const spelling: Rule = ({ data }) =>
  (data.spellings ?? []).flatMap(({ written, expected }) => {
    const facts = { written, expected: expected ?? '' }
    // Its last word is in any sentence that writes it: a quick test before the spaces are evened.
    const last = written.split(/\s/).at(-1) ?? ''
    const says = (r: Metric | Milestone) =>
      r.provenance.quote.includes(last) && normalizeSpace(r.provenance.quote).includes(written)
    const record = data.milestones.find(says) ?? data.metrics.find(says)
    if (record) return [finding('spelling', 'info', record, facts)]
    const event = data.events.find((e) => normalizeSpace(e.headline).includes(written))
    const key = event && data.metrics.find((m) => m.id === event.keyMetric)
    return event && key
      ? [{ ...finding('spelling', 'info', key, facts), quote: event.headline }]
      : []
  })

/**
 * Every rule by name, in the order they run. dataset-in-slices.ts runs those that read one metric
 * at a time in slices.
 */
export const rules: Record<QualityRule, Rule> = {
  'currency-conversion': currencyConversion,
  'subset-exceeds-whole': subsetExceedsWhole,
  'derived-figure': derivedFigure,
  'date-order': dateOrder,
  attribution,
  'name-spelling': nameSpelling,
  'out-of-range': outOfRange,
  'headline-qualifier': headlineQualifier,
  'implied-rate': impliedRate,
  'count-fit': countFit,
  'vague-quantifier': vagueQuantifier,
  spelling,
}

/** What every rule looks records up in. */
export const ruleContext = (data: Dataset): RuleContext => ({
  data,
  metrics: new Map(data.metrics.map((m) => [m.id, m])),
  milestones: new Map(data.milestones.map((m) => [m.id, m])),
})

/** Runs every rule over the dataset; findings come most severe first, then by event. */
export function qualityFindings(data: Dataset): QualityFinding[] {
  const context = ruleContext(data)
  return settleFindings(Object.values(rules).flatMap((rule) => rule(context)))
}

/** The rules' findings, in rule order, as the reader gets them. */
export function settleFindings(found: QualityFinding[]): QualityFinding[] {
  // One problem, one finding: a sentence that misleads two records is reported once.
  const seen = new Map<string, QualityFinding>()
  return found
    .filter((f) => {
      const key = `${f.rule}:${normalizeSpace(f.quote)}`
      const first = seen.get(key)
      if (first) {
        // Pushed, not copied: a large dataset repeats a sentence thousands of times.
        first.also ??= []
        first.also.push(f.subject)
        return false
      }
      seen.set(key, f)
      return true
    })
    .sort(
      (a, b) =>
        severities.indexOf(a.severity) - severities.indexOf(b.severity) || a.event - b.event,
    )
}
