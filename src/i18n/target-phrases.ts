/**
 * The one place that puts a value against its target in words, for every view: the overview's
 * charts and their tables, the deck's figures, slide charts and speaker notes. Values are shown
 * as the source qualifies them ("550,000+", "more than 550,000"; 超过55万); targets with the kind
 * of target they are (stated, derived, illustrative, analyst).
 */
import { i18n } from '@lingui/core'
import type { Locale } from '@/domain/locale'
import type { Qualifier, TargetKind, TargetProvenance, Unit } from '@/domain/schema'
import type { Status } from '@/domain/status'
import { formatPercent, formatQualified, formatValue } from '@/lib/format'
import { deadlineText, provenanceMessage, statusMessage } from './labels'
import { targetHeadline } from './target-words'

/** A figure as the source states it: its value, unit and qualifier. */
export interface Amount {
  value: number
  unit: Unit
  qualifier: Qualifier
}

/** Catalog ids of a value inside a sentence, by how the source qualifies it. */
const phraseMessage: Record<Exclude<Qualifier, 'exact'>, string> = {
  'more-than': 'chart.qualifier.more-than',
  'up-to': 'chart.qualifier.up-to',
  about: 'chart.qualifier.about',
}

/** A value in its unit, without qualifier; percentages as "64%" (whole percent). */
export function amountText(value: number, unit: Unit, locale: Locale): string {
  return unit === 'percent' ? formatPercent(value / 100, locale) : formatValue(value, unit, locale)
}

/** A value inside a sentence: "more than 550,000", "about 41"; 超过55万, 约41. */
export function valuePhrase(p: Amount, locale: Locale): string {
  const text = amountText(p.value, p.unit, locale)
  return p.qualifier === 'exact' ? text : i18n._(phraseMessage[p.qualifier], { value: text })
}

/** A value as charts and their tables label it: "550,000+", "about 41", "64%"; 超过55万. */
export function valueLabel(p: Amount, locale: Locale): string {
  return p.unit === 'percent'
    ? valuePhrase(p, locale)
    : formatQualified(p.value, p.unit, p.qualifier, locale)
}

/** Starts a sentence that begins with a value ("More than 550,000 people…"); no-op in Chinese. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A word inside an English sentence is lower case ("below target"); Chinese has no case. */
export function inSentence(word: string, locale: Locale): string {
  return locale === 'en' ? word.toLowerCase() : word
}

/** "A and B", "A、B和C": the language's own list. */
export function joinList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items)
}

/** A status as a badge shows it: "Met", "Below target"; 已达成, 未达目标. */
export function statusText(status: Status): string {
  return i18n._(statusMessage[status])
}

/** A status inside a sentence: "below target". */
export function statusInSentence(status: Status, locale: Locale): string {
  return inSentence(statusText(status), locale)
}

/** A target's kind inside a sentence or brackets: "illustrative"; 示意. */
export function provenanceWord(provenance: TargetProvenance, locale: Locale): string {
  return inSentence(i18n._(provenanceMessage[provenance]), locale)
}

/** What a value against its target needs, already formatted. */
export interface ValueAgainstTarget {
  label: string
  valueText: string
  targetText: string | undefined
  targetProvenance: TargetProvenance | undefined
  status: Status
  /** A goal stated in words only: the release's verdict in words. */
  verdict?: string | undefined
}

/** "Years: 3 against the stated target of 3 (met)"; beside a reference, "Participants: 550,000+, beside an illustrative reference of 500,000". */
export function valueAgainstTarget(v: ValueAgainstTarget, locale: Locale): string {
  const values = {
    label: v.label,
    value: v.valueText,
    target: v.targetText ?? '',
    status: statusInSentence(v.status, locale),
  }
  if (v.targetText === undefined) {
    return v.verdict === undefined
      ? i18n._('present.chart.valueNoTarget', values)
      : i18n._('present.chart.valueGoal', { ...values, verdict: v.verdict })
  }
  // A reference is drawn for scale: beside it, never "against" it.
  if (v.targetProvenance === 'illustrative') {
    return i18n._('present.chart.valueReference', values)
  }
  return v.targetProvenance
    ? i18n._('present.chart.valueAgainstKind', {
        ...values,
        kind: provenanceWord(v.targetProvenance, locale),
      })
    : i18n._('present.chart.valueAgainst', values)
}

/** A figure's target as its words need it: the value in the reader's currency, its kind. */
export interface TargetWords {
  text: string
  provenance: TargetProvenance
  kind: TargetKind
}

/** How a figure stands against its target, beyond its status. */
export interface Standing {
  attainment: number | undefined
  /** value ÷ an illustrative reference: a scale, never a verdict. */
  referenceShare: number | undefined
  /** Days between reaching a goal and its deadline. */
  daysEarly: number | undefined
}

/**
 * A headline figure's standing, in parts: ["Target 500,000", "stated", "110%"]; beside an
 * illustrative reference ["Reference 500,000", "110% of reference"], which judges nothing.
 */
export function targetParts(target: TargetWords, standing: Standing, locale: Locale): string[] {
  const words = targetHeadline(target, target.text)
  if (target.provenance === 'illustrative') {
    const parts = [words]
    if (standing.referenceShare !== undefined) {
      parts.push(
        i18n._('kpi.ofReference', { percent: formatPercent(standing.referenceShare, locale) }),
      )
    }
    return parts
  }
  const parts = [words, provenanceWord(target.provenance, locale)]
  if (standing.attainment !== undefined) parts.push(formatPercent(standing.attainment, locale))
  if (standing.daysEarly !== undefined) parts.push(deadlineText(standing.daysEarly))
  return parts
}

/** A speaker note on a figure: its value, its target and how it stands. */
export function figureNote(
  figure: { label: string; value: string; status: Status },
  target: TargetWords | undefined,
  standing: Standing,
  locale: Locale,
): string {
  const values = { label: figure.label, value: figure.value, status: statusText(figure.status) }
  if (!target) return i18n._('present.notes.figureNoTarget', values)
  // A goal stated in words: its text is the release's verdict, not a target to be "against".
  if (target.kind === 'qualitative') {
    return i18n._('present.notes.figureGoal', { ...values, verdict: target.text })
  }
  if (target.provenance === 'illustrative') {
    return i18n._('present.notes.figureReference', {
      ...values,
      target: target.text,
      share:
        standing.referenceShare === undefined
          ? i18n._('present.figure.seeNotes')
          : formatPercent(standing.referenceShare, locale),
    })
  }
  if (standing.daysEarly !== undefined) {
    return i18n._('present.notes.figureDeadline', {
      ...values,
      target: target.text,
      early: deadlineText(standing.daysEarly),
    })
  }
  const { attainment } = standing
  const against = {
    ...values,
    provenance: target.provenance,
    kind: provenanceWord(target.provenance, locale),
    target: target.text,
  }
  return attainment === undefined
    ? i18n._('present.notes.figureNoAttainment', against)
    : i18n._('present.notes.figure', {
        ...against,
        attainment: formatPercent(attainment, locale),
      })
}

/** What the summary says of one figure: its event, words, target and verdict. */
export interface SummaryLine {
  event: number
  label: string
  value: string
  target: string
  provenance: TargetProvenance
  status: Status
  /** A goal stated in words: the release's verdict, which the notes say in place of a target. */
  verdict?: string | undefined
}

/** The summary's line for a figure: "Event 3 · Participants: 550,000+ against …". */
export function summaryItemNote(item: SummaryLine, eventText: string, locale: Locale): string {
  if (item.verdict !== undefined) {
    return i18n._('present.summary.itemNoteGoal', {
      event: eventText,
      label: item.label,
      value: item.value,
      verdict: item.verdict,
      status: statusText(item.status),
    })
  }
  return i18n._('present.summary.itemNote', {
    event: eventText,
    label: item.label,
    value: item.value,
    kind: provenanceWord(item.provenance, locale),
    target: item.target,
    status: statusText(item.status),
  })
}
