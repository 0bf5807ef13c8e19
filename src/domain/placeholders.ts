/**
 * Placeholders in a family's words (data/<key>/dashboard.json): "{value:psbc.preferred-shares}"
 * stands for a figure of the dataset, so no number is typed twice. The family fills each one from
 * its metrics (src/families/data-family.ts); the validator checks them (domain/assemble-dataset.ts).
 */
import type { DataFamily, LocalizedText, TimelineFamily } from './schema'

type SlideWords = DataFamily['slide']

/**
 * What a placeholder can say about a metric, and `title`, the family's own title.
 * - value: the figure as a phrase, "more than 550,000", "US$7.25 billion";
 * - label: the figure as a chart labels it, "550,000+";
 * - target: its target, "500,000";
 * - date: the day (or month, or year) it was measured, "Sep 21, 2017";
 * - unit: its unit as a word, "USD" / 美元;
 * - claims: how many records the source claims for it, "2";
 * - share: its value as a share of the metric listed before it in the family, "16.4%";
 * - kind: what its target is, "stated", "derived", "illustrative";
 * - sum: written "{sum:<series key>}", the sum of a series' metrics, those aside left out, "59";
 * - name: its label in metrics.json;
 * - period: the period it covers, "Sep 1–19, 2017";
 * - context: the reference fact its `context` names, "31" (scale, never a target);
 * - reference: beside an illustrative reference, the figure's share of it in brackets,
 *   " (120% of an illustrative reference of 250,000; no target is published)"; else nothing.
 */
export const placeholderNames = [
  'value',
  'label',
  'target',
  'date',
  'unit',
  'claims',
  'share',
  'kind',
  'sum',
  'name',
  'period',
  'context',
  'reference',
  'title',
] as const

export type PlaceholderName = (typeof placeholderNames)[number]

export interface Placeholder {
  /** As written between the braces: "value:psbc.preferred-shares". */
  raw: string
  name: string
  /** The metric id after the colon, when written. */
  metric?: string
}

const PLACEHOLDER = /\{([^{}]*)\}/g

/** The placeholders of a text, in order: each "{name}" or "{name:metric-id}". */
export function placeholdersOf(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map(([, raw = '']) => {
    const colon = raw.indexOf(':')
    return colon < 0
      ? { raw, name: raw }
      : { raw, name: raw.slice(0, colon), metric: raw.slice(colon + 1) }
  })
}

/** A brace that is not part of a "{…}" pair, so the text would show it as it is. */
export function strayBrace(text: string): boolean {
  return /[{}]/.test(text.replace(PLACEHOLDER, ''))
}

export const isPlaceholderName = (name: string): name is PlaceholderName =>
  (placeholderNames as readonly string[]).includes(name)

/** Replaces each "{raw}" with its value; one without a value stays as written. */
export function fillPlaceholders(text: string, value: (raw: string) => string | undefined): string {
  return text.replace(PLACEHOLDER, (whole, raw: string) => value(raw) ?? whole)
}

/** A problem in a family's words, at its path inside the family. */
export interface WordIssue {
  path: (string | number)[]
  message: string
}

/**
 * What is wrong with the placeholders of one text: a stray brace, an unknown name, a metric that is
 * not the family's, a metric left out where the text is not a metric's own, and languages that
 * fill in different figures. `own`: the metric whose words these are, if any.
 */
export function textIssues(
  text: LocalizedText,
  path: (string | number)[],
  metrics: ReadonlySet<string>,
  own?: string,
  series: ReadonlySet<string> = new Set(),
): WordIssue[] {
  const issues: WordIssue[] = []
  const used = { en: new Set<string>(), 'zh-CN': new Set<string>() }
  for (const locale of ['en', 'zh-CN'] as const) {
    const at = [...path, locale]
    if (strayBrace(text[locale])) {
      issues.push({ path: at, message: 'has a “{” or “}” that opens or closes no placeholder' })
    }
    for (const p of placeholdersOf(text[locale])) {
      const metric = p.metric ?? (p.name === 'title' || p.name === 'sum' ? undefined : own)
      used[locale].add(`${p.name}:${metric ?? ''}`)
      if (!isPlaceholderName(p.name)) {
        issues.push({
          path: at,
          message: `“{${p.raw}}” is no placeholder: use one of ${placeholderNames.join(', ')}`,
        })
      } else if (p.name === 'sum') {
        if (metric === undefined || !series.has(metric)) {
          issues.push({
            path: at,
            message: `“{${p.raw}}” must name a series of this family: “{sum:<series key>}”`,
          })
        }
      } else if (p.name === 'title') {
        if (p.metric !== undefined) {
          issues.push({ path: at, message: '“{title}” is the family’s title and names no metric' })
        }
      } else if (metric === undefined) {
        issues.push({
          path: at,
          message: `“{${p.raw}}” must name its metric: “{${p.name}:<metric id>}”`,
        })
      } else if (!metrics.has(metric)) {
        issues.push({ path: at, message: `“{${p.raw}}” names no metric of this family` })
      }
    }
  }
  const en = [...used.en].sort().join()
  const zh = [...used['zh-CN']].sort().join()
  if (en !== zh) {
    issues.push({
      path: [...path, 'zh-CN'],
      message:
        'fills in other figures than the English text: both languages use the same placeholders',
    })
  }
  return issues
}

/**
 * Words that take only placeholders of their own, in both languages alike: the slide figure's
 * "{sum}" or "{series}", filled with what is in view; the timeline's "{year}", "{milestones}",
 * "{events}".
 */
function ownPlaceholderIssues(
  text: LocalizedText | undefined,
  path: (string | number)[],
  names: readonly string[],
): WordIssue[] {
  if (!text) return []
  const issues: WordIssue[] = []
  const used = (locale: keyof LocalizedText) =>
    [...new Set(placeholdersOf(text[locale]).map((p) => p.raw))].sort().join()
  for (const locale of ['en', 'zh-CN'] as const) {
    const wrong = placeholdersOf(text[locale]).find((p) => !names.includes(p.raw))
    if (wrong || strayBrace(text[locale])) {
      issues.push({
        path: [...path, locale],
        message: `takes no placeholder but ${names.map((n) => `“{${n}}”`).join(', ')}`,
      })
    }
  }
  if (used('en') !== used('zh-CN')) {
    issues.push({
      path: [...path, 'zh-CN'],
      message:
        'fills in other figures than the English text: both languages use the same placeholders',
    })
  }
  return issues
}

/** What the timeline's own words may say: see `TimelineFamily`. */
export const timelinePlaceholders = ['year', 'milestones', 'events'] as const

/** Every text of the timeline, checked: only its own placeholders. */
export function timelineWordIssues(family: TimelineFamily): WordIssue[] {
  const check = (text: LocalizedText | undefined, path: (string | number)[]) =>
    ownPlaceholderIssues(text, path, timelinePlaceholders)
  return [
    ...(['title', 'summary', 'caption', 'plot'] as const).flatMap((f) => check(family[f], [f])),
    ...(family.notes ?? []).flatMap((note, i) => check(note, ['notes', i])),
  ]
}

/** Every text of a data family, checked: see `textIssues`; and the series its metrics name. */
export function familyWordIssues(family: DataFamily): WordIssue[] {
  const ids = new Set(family.metrics.map((m) => (typeof m === 'string' ? m : m.id)))
  const series = new Set(family.series?.map((s) => s.key))
  const issues: WordIssue[] = []
  const check = (text: LocalizedText | undefined, path: (string | number)[], own?: string) => {
    if (text) issues.push(...textIssues(text, path, ids, own, series))
  }
  for (const field of [
    'summary',
    'value',
    'band',
    'target',
    'plot',
    'caption',
    'claims',
  ] as const) {
    check(family[field], [field])
  }
  family.notes?.forEach((note, i) => {
    check(note, ['notes', i])
  })
  check(family.verdicts, ['verdicts'])
  const checkSlide = (slide: SlideWords | undefined, path: (string | number)[]) => {
    for (const field of ['title', 'value', 'lead'] as const) {
      check(slide?.[field], [...path, 'slide', field])
    }
  }
  checkSlide(family.slide, [])
  family.series?.forEach((s, i) => {
    for (const field of ['label', 'legend', 'total'] as const) check(s[field], ['series', i, field])
    issues.push(...ownPlaceholderIssues(s.figure, ['series', i, 'figure'], ['sum']))
  })
  issues.push(...ownPlaceholderIssues(family.figure?.label, ['figure', 'label'], ['series']))
  issues.push(...ownPlaceholderIssues(family.figure?.aside, ['figure', 'aside'], ['sum']))
  family.metrics.forEach((m, j) => {
    if (typeof m === 'string') return
    if (m.series !== undefined && !series.has(m.series)) {
      issues.push({
        path: ['metrics', j, 'series'],
        message: `names no series of this family: “${m.series}”`,
      })
    }
    for (const field of [
      'label',
      'short',
      'row',
      'detail',
      'annotation',
      'slide',
      'figure',
    ] as const) {
      check(m[field], ['metrics', j, field], m.id)
    }
  })
  family.plots?.forEach((plot, k) => {
    for (const field of ['subtitle', 'plot', 'value'] as const) {
      check(plot[field], ['plots', k, field])
    }
    checkSlide(plot.slide, ['plots', k])
  })
  return issues
}

/**
 * A plot that draws a metric the family does not list, one it shows only in the table or the
 * words, or one another plot draws already.
 */
export function familyPlotIssues(family: DataFamily): WordIssue[] {
  const shown = new Map(
    family.metrics.map((m) => (typeof m === 'string' ? [m, undefined] : [m.id, m.shown])),
  )
  const drawn = new Set<string>()
  const issues: WordIssue[] = []
  family.plots?.forEach((plot, k) => {
    plot.metrics.forEach((id, j) => {
      const path = ['plots', k, 'metrics', j]
      const only = shown.get(id)
      if (!shown.has(id)) {
        issues.push({ path, message: `“${id}” is not among the family’s metrics` })
      } else if (only) {
        issues.push({ path, message: `“${id}” is shown only in the ${only}: no plot draws it` })
      } else if (drawn.has(id)) {
        issues.push({ path, message: `“${id}” is drawn by another plot: each metric by one` })
      }
      drawn.add(id)
    })
  })
  return issues
}
