/**
 * The words of an export (src/lib/export.ts writes the file formats): the stamp's labels, the CSV
 * header and the text columns, in the reader's language. Codes, raw numbers, dates and the English
 * quote stay the same in every language, so two exports compare and join.
 */
import { i18n } from '@lingui/core'
import type { Locale } from '@/domain/locale'
import type { MetricRow } from '@/domain/metric-rows'
import type { Dataset, TargetProvenance } from '@/domain/schema'
import { displayTargetValue } from '@/lib/display'
import { csvFile, type ExportStamp, type Table } from '@/lib/export'
import { formatDate, formatInteger, formatPeriod, formatQualified } from '@/lib/format'
import { activeLocale } from './active-locale'
import { provenanceMessage, severityMessage, statusMessage } from './labels'
import { findingSummary } from './quality-summary'

/** The stamp of an export from `dataset`, seen at `url`; the publisher named in `locale`. */
export function exportStamp(
  dataset: Dataset,
  url: string,
  locale: Locale = activeLocale(),
): ExportStamp {
  const source = dataset.sources[0]
  return {
    url,
    dataset: dataset.id,
    version: dataset.version,
    asOf: dataset.asOf,
    source: {
      title: source?.title ?? '',
      publisher: source?.publisher[locale] ?? '',
      published: source?.published ?? '',
    },
    whatIfTargets: dataset.targets.filter((t) => t.provenance === 'analyst').length,
  }
}

/** The stamp as labelled lines, for image captions and print. */
export function stampLines(
  stamp: ExportStamp,
  locale: Locale = activeLocale(),
): [label: string, text: string][] {
  return [
    [i18n._('export.stamp.view'), stamp.url],
    [
      i18n._('export.stamp.asOf'),
      i18n._('export.stamp.asOfText', { date: formatDate(stamp.asOf, locale), iso: stamp.asOf }),
    ],
    [i18n._('export.stamp.version'), `${stamp.dataset} ${stamp.version}`],
    [
      i18n._('export.stamp.source'),
      i18n._('export.stamp.sourceText', {
        publisher: stamp.source.publisher,
        title: stamp.source.title,
        date: formatDate(stamp.source.published, locale),
      }),
    ],
    ...(stamp.whatIfTargets > 0
      ? [[i18n._('export.stamp.whatIf'), whatIfText(stamp, locale)] as [string, string]]
      : []),
  ]
}

/** "3 set on this device, not carried by the link", or "" with none. */
function whatIfText(stamp: ExportStamp, locale: Locale): string {
  if (stamp.whatIfTargets === 0) return ''
  return i18n._('export.stamp.whatIfText', {
    count: stamp.whatIfTargets,
    countText: formatInteger(stamp.whatIfTargets, locale),
  })
}

/** Each stamp line as "Label: text", for an image caption or a printed page. */
export function stampTexts(stamp: ExportStamp, locale: Locale = activeLocale()): string[] {
  return stampLines(stamp, locale).map(([label, text]) =>
    i18n._('export.stamp.line', { label, text }),
  )
}

/** The stamp's CSV columns, after the table's own: their keys, and the header in each language. */
export const stampColumns = [
  'stamp_view',
  'stamp_as_of',
  'stamp_dataset_version',
  'stamp_source',
  'stamp_what_if',
] as const

const stampHeader: Record<(typeof stampColumns)[number], string> = {
  stamp_view: 'export.column.stamp_view',
  stamp_as_of: 'export.column.stamp_as_of',
  stamp_dataset_version: 'export.column.stamp_dataset_version',
  stamp_source: 'export.column.stamp_source',
  stamp_what_if: 'export.column.stamp_what_if',
}

/** A table as a CSV file's text: the header first, the stamp in its last columns on every row. */
export function toCsv(table: Table, stamp: ExportStamp, locale: Locale = activeLocale()): string {
  const stampCells = [
    stamp.url,
    stamp.asOf,
    `${stamp.dataset} ${stamp.version}`,
    stampLines(stamp, locale)[3]?.[1] ?? '',
    whatIfText(stamp, locale),
  ]
  return csvFile(table, {
    headers: stampColumns.map((c) => i18n._(stampHeader[c])),
    cells: stampCells,
  })
}

export const metricColumns = [
  'id',
  'label',
  'label_zh',
  'event',
  'category',
  'value',
  'qualifier',
  'unit',
  'value_text',
  'target',
  'target_kind',
  'target_text',
  'provenance',
  'provenance_text',
  'attainment',
  'status',
  'status_text',
  'period_start',
  'period_end',
  'period_text',
  'findings',
  'quote',
] as const

/** Catalog ids of the CSV header, spelled out for the catalog check. */
const columnHeader: Record<(typeof metricColumns)[number], string> = {
  id: 'export.column.id',
  label: 'export.column.label',
  label_zh: 'export.column.label_zh',
  event: 'export.column.event',
  category: 'export.column.category',
  value: 'export.column.value',
  qualifier: 'export.column.qualifier',
  unit: 'export.column.unit',
  value_text: 'export.column.value_text',
  target: 'export.column.target',
  target_kind: 'export.column.target_kind',
  target_text: 'export.column.target_text',
  provenance: 'export.column.provenance',
  provenance_text: 'export.column.provenance_text',
  attainment: 'export.column.attainment',
  status: 'export.column.status',
  status_text: 'export.column.status_text',
  period_start: 'export.column.period_start',
  period_end: 'export.column.period_end',
  period_text: 'export.column.period_text',
  findings: 'export.column.findings',
  quote: 'export.column.quote',
}

const provenanceName: Record<TargetProvenance | 'none', string> = {
  ...provenanceMessage,
  none: 'explore.provenance.none',
}

/**
 * The metric rows as an export table: raw numbers and codes for analysis beside the text the
 * screen shows (in the currency the source states, in the reader's language), and the verbatim
 * quote behind each figure.
 */
export function metricTable(rows: readonly MetricRow[], locale: Locale = activeLocale()): Table {
  return {
    columns: metricColumns,
    headers: metricColumns.map((column) => i18n._(columnHeader[column])),
    rows: rows.map(({ metric, target, status, attainment, findings }) => [
      metric.id,
      metric.label.en,
      metric.label['zh-CN'],
      metric.event,
      metric.category,
      metric.value,
      metric.qualifier,
      metric.unit,
      formatQualified(metric.value, metric.unit, metric.qualifier, locale),
      target?.value,
      target?.kind,
      target ? displayTargetValue(target, undefined, undefined, locale) : undefined,
      target?.provenance ?? 'none',
      i18n._(provenanceName[target?.provenance ?? 'none']),
      attainment === undefined ? undefined : Number(attainment.toFixed(4)),
      status,
      i18n._(statusMessage[status]),
      metric.period.start,
      metric.period.end,
      formatPeriod(metric.period, locale),
      findings
        .map((f) =>
          i18n._('export.finding', {
            severity: i18n._(severityMessage[f.severity]),
            summary: findingSummary(f, locale),
          }),
        )
        .join(locale === 'en' ? '; ' : '；'),
      metric.provenance.quote,
    ]),
  }
}
