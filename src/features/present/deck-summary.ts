/**
 * The targets summary: how many figures stand where, then every figure with a target, grouped
 * by where its target comes from, page by page as the slide's table has room.
 */
import { i18n } from '@lingui/core'
import type { MoneyView } from '@/domain/currency'
import type { Locale } from '@/domain/locale'
import type { MetricRow } from '@/domain/metric-rows'
import type { TargetProvenance } from '@/domain/schema'
import { statusCounts } from '@/domain/status-counts'
import { statusInSentence, statusText, summaryItemNote } from '@/i18n/target-phrases'
import { formatInteger } from '@/lib/format'
import {
  lineCount,
  SUMMARY_FIRST_ROOM,
  SUMMARY_GROUP,
  SUMMARY_LABEL_CHARS,
  SUMMARY_ROOM,
  SUMMARY_ROW,
  SUMMARY_ROW_LINE,
  SUMMARY_STATUS_CHARS,
} from './deck-layout'
import {
  type SummaryGroup,
  type SummaryGroupKey,
  type SummaryItem,
  type SummarySlide,
  summaryGroups,
} from './deck-model'
import { joinWords, metricValue, pagedHeading, targetValue } from './deck-words'

const summaryGroupMessage = {
  published: 'present.summary.group.published',
  illustrative: 'present.summary.group.illustrative',
  analyst: 'present.summary.group.analyst',
} as const

function summaryGroup(provenance: TargetProvenance): SummaryGroupKey {
  return provenance === 'stated' || provenance === 'derived' ? 'published' : provenance
}

export function summarySlides(
  rows: readonly MetricRow[],
  money: MoneyView | undefined,
  attribution: string,
  locale: Locale,
): SummarySlide[] {
  const counts = statusCounts(rows)

  const labelsOf = new Map(rows.map((r) => [r.metric.id, r.metric.label]))
  const items = rows.flatMap((r): SummaryItem[] =>
    r.target
      ? [
          {
            key: r.metric.id,
            event: r.metric.event,
            label: r.metric.label[locale],
            value: metricValue(r.metric, money, locale),
            // A qualitative goal's verdict is its sentence, too long for a table cell: the
            // notes say it.
            target:
              r.target.kind === 'qualitative'
                ? i18n._('present.summary.inWords')
                : targetValue(r.target, money, locale),
            verdict:
              r.target.kind === 'qualitative' ? targetValue(r.target, money, locale) : undefined,
            provenance: r.target.provenance,
            status: r.status,
          },
        ]
      : [],
  )
  // Group by provenance, then lay the rows out page by page; a group that runs onto the next
  // page repeats its heading there. Rows are measured in px, not counted in lines: a wrapped
  // row costs less than two rows, so a page of one-line (Chinese) rows holds fewer of them.
  const pages: SummaryGroup[][] = [[]]
  let left = SUMMARY_FIRST_ROOM
  for (const key of summaryGroups) {
    const title = i18n._(summaryGroupMessage[key])
    const members = items.filter((item) => summaryGroup(item.provenance) === key)
    let group: SummaryGroup | undefined
    for (const item of members) {
      // Measured in every language, so the pages break at the same figures in each.
      const labels = Object.values(labelsOf.get(item.key) ?? { text: item.label })
      // A row is as tall as its tallest cell: the label, or a status word that wraps.
      const lines = Math.min(
        3,
        Math.max(
          ...labels.map((l) => lineCount(l, SUMMARY_LABEL_CHARS)),
          lineCount(`✓ ${statusText(item.status)}`, SUMMARY_STATUS_CHARS),
        ),
      )
      const row = SUMMARY_ROW + (lines - 1) * SUMMARY_ROW_LINE
      if (row + (group ? 0 : SUMMARY_GROUP) > left && (pages.at(-1) as SummaryGroup[]).length > 0) {
        pages.push([])
        left = SUMMARY_ROOM
        group = undefined
      }
      if (!group) {
        group = { key, title, items: [] }
        ;(pages.at(-1) as SummaryGroup[]).push(group)
        left -= SUMMARY_GROUP
      }
      group.items.push(item)
      left -= row
    }
  }
  const countText = counts
    .filter((c) => c.count > 0)
    .map((c) =>
      i18n._('present.summary.statusCount', {
        count: formatInteger(c.count, locale),
        status: statusInSentence(c.status, locale),
      }),
    )
  return pages.map((groups, i) => ({
    kind: 'summary',
    key: `summary-${i + 1}`,
    heading: pagedHeading('summary', i, pages.length, locale),
    page: i + 1,
    pages: pages.length,
    counts,
    total: rows.length,
    // Targets that judge: stated, derived, analyst. References are counted apart, never as targets.
    targeted: items.filter((item) => item.provenance !== 'illustrative').length,
    groups,
    source: { attribution: i18n._('present.source.label', { attribution }) },
    notes: [
      i18n._('present.summary.countsNote', {
        count: rows.length,
        total: formatInteger(rows.length, locale),
        counts: joinWords(countText, locale),
      }),
      ...groups.flatMap((group) => [
        i18n._('present.summary.groupNote', { title: group.title }),
        ...group.items.map((item) =>
          summaryItemNote(item, formatInteger(item.event, locale), locale),
        ),
      ]),
    ],
  }))
}
