/**
 * Exports of the analyst's table: CSV (RFC 4180) and JSON, each stamped with where it came from.
 * Pure functions, no DOM: the download itself is a component's job.
 *
 * CSV layout: a UTF-8 byte-order mark (so spreadsheets read Chinese text), the header on the
 * first line, then the data rows. The stamp travels with every row as the last four columns
 * (`stamp_view`, `stamp_as_of`, `stamp_dataset_version`, `stamp_source`), so Excel, Sheets,
 * pandas and Power Query read a plain table, a filtered or pasted row still says where it came
 * from, and a tool that wants the data only drops the `stamp_*` columns. Lines end in CRLF, as
 * RFC 4180 says.
 *
 * Exports are in the reader's language: the stamp labels, the CSV header and the text columns
 * (`*_text`, findings). Codes (category, unit, status …), raw numbers, dates and the English
 * quote are the same in every language, so two exports compare and join; JSON keys stay English.
 */

import { i18n } from '@lingui/core'
import type { MetricRow } from '@/domain/metric-rows'
import { findingSummary } from '@/domain/quality-summary'
import type { Dataset, TargetProvenance } from '@/domain/schema'
import type { Status } from '@/domain/status'
import { severityMessage } from '@/i18n/labels'
import { displayTargetValue } from './display'
import { formatDate, formatInteger, formatPeriod, formatQualified, type Locale } from './format'

function activeLocale(): Locale {
  return i18n.locale === 'zh-CN' ? 'zh-CN' : 'en'
}

export const BOM = '\uFEFF'
const CRLF = '\r\n'

/** Characters that make a spreadsheet read a cell as a formula (or reorder it, for tab/CR). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A cell a spreadsheet will show as text: a leading = + - @ tab or CR gets an apostrophe in front
 * (OWASP's advice against CSV injection). Numbers are written as they are.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** One CSV field: neutralised, then quoted when it holds a comma, quote, CR or LF. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return cells.map(csvCell).join(',')
}

/** Where an export came from: the view's link, the data's date and version, and its source. */
export interface ExportStamp {
  /** The full URL of the view, which reproduces it. */
  url: string
  dataset: string
  version: string
  asOf: string
  source: { title: string; publisher: string; published: string }
  /** How many analyst what-if targets (kept on this device, not in the link) were in force. */
  whatIfTargets: number
}

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

export interface Table {
  /** Keys: JSON property names, and the CSV header unless `headers` is given. */
  columns: readonly string[]
  /** The CSV header in the reader's language. */
  headers?: readonly string[]
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[]
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
  const lines = [
    csvLine([
      ...(table.headers ?? table.columns),
      ...stampColumns.map((c) => i18n._(stampHeader[c])),
    ]),
    ...table.rows.map((row) => csvLine([...row, ...stampCells])),
  ]
  return `${BOM}${lines.join(CRLF)}${CRLF}`
}

/** A table as JSON: `meta` is the stamp, `rows` are objects keyed by column. */
export function toJson(table: Table, stamp: ExportStamp): string {
  const rows = table.rows.map((row) =>
    Object.fromEntries(table.columns.map((column, i) => [column, row[i] ?? null])),
  )
  return `${JSON.stringify({ meta: stamp, rows }, null, 2)}\n`
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

const statusName: Record<Status, string> = {
  met: 'status.met',
  'on-track': 'status.on-track',
  below: 'status.below',
  reference: 'status.reference',
  'no-target': 'status.no-target',
}

const provenanceName: Record<TargetProvenance | 'none', string> = {
  stated: 'provenance.stated',
  derived: 'provenance.derived',
  illustrative: 'provenance.illustrative',
  analyst: 'provenance.analyst',
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
      i18n._(statusName[status]),
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

/** "china-post-2017-metrics.csv" */
export function exportFileName(dataset: Dataset, extension: 'csv' | 'json'): string {
  return `${dataset.id}-metrics.${extension}`
}
