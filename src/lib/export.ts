/**
 * Exports of the analyst's table: CSV (RFC 4180) and JSON, each stamped with where it came from.
 * Pure functions, no DOM: the download itself is a component's job.
 *
 * CSV layout: a UTF-8 byte-order mark (so spreadsheets read Chinese text), then the stamp as
 * leading comment-like rows (`# View`, `# As of`, `# Dataset version`, `# Source`), one blank
 * row, then the header and the data rows. Readers that skip comments (`pandas.read_csv(...,
 * comment='#')`, R's `comment.char`) load the table directly; a spreadsheet shows the stamp on
 * top. Lines end in CRLF, as RFC 4180 says.
 */

import type { MetricRow } from '../domain/metric-rows'
import { findingSummary } from '../domain/quality-summary'
import type { Dataset } from '../domain/schema'
import { displayTargetValue } from './display'
import { formatDate, formatPeriod, formatQualified } from './format'

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
}

export function exportStamp(dataset: Dataset, url: string): ExportStamp {
  const source = dataset.sources[0]
  return {
    url,
    dataset: dataset.id,
    version: dataset.version,
    asOf: dataset.asOf,
    source: {
      title: source?.title ?? '',
      publisher: source?.publisher ?? '',
      published: source?.published ?? '',
    },
  }
}

/** The stamp as labelled lines, for CSV comment rows, image captions and print. */
export function stampLines(stamp: ExportStamp): [label: string, text: string][] {
  return [
    ['View', stamp.url],
    ['As of', `${formatDate(stamp.asOf, 'en')} (${stamp.asOf})`],
    ['Dataset version', `${stamp.dataset} ${stamp.version}`],
    [
      'Source',
      `${stamp.source.publisher}, “${stamp.source.title}”, ${formatDate(stamp.source.published, 'en')}`,
    ],
  ]
}

/** The stamp in one line, for an image caption or a printed page. */
export function stampText(stamp: ExportStamp): string {
  return stampLines(stamp)
    .map(([label, text]) => `${label}: ${text}`)
    .join(' · ')
}

export interface Table {
  columns: readonly string[]
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[]
}

/** A table as a CSV file's text, stamp first. */
export function toCsv(table: Table, stamp: ExportStamp): string {
  const lines = [
    ...stampLines(stamp).map(([label, text]) => csvLine([`# ${label}`, text])),
    '',
    csvLine(table.columns),
    ...table.rows.map(csvLine),
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
  'attainment',
  'status',
  'period_start',
  'period_end',
  'period_text',
  'findings',
  'quote',
] as const

/**
 * The metric rows as an export table: raw numbers for analysis beside the text the screen shows
 * (in the currency the source states), and the verbatim quote behind each figure.
 */
export function metricTable(rows: readonly MetricRow[]): Table {
  return {
    columns: metricColumns,
    rows: rows.map(({ metric, target, status, attainment, findings }) => [
      metric.id,
      metric.label.en,
      metric.label['zh-CN'],
      metric.event,
      metric.category,
      metric.value,
      metric.qualifier,
      metric.unit,
      formatQualified(metric.value, metric.unit, metric.qualifier, 'en'),
      target?.value,
      target?.kind,
      target ? displayTargetValue(target, undefined, undefined) : undefined,
      target?.provenance ?? 'none',
      attainment === undefined ? undefined : Number(attainment.toFixed(4)),
      status,
      metric.period.start,
      metric.period.end,
      formatPeriod(metric.period, 'en'),
      findings.map((f) => `${f.severity}: ${findingSummary(f)}`).join('; '),
      metric.provenance.quote,
    ]),
  }
}

/** "china-post-2017-metrics.csv" */
export function exportFileName(dataset: Dataset, extension: 'csv' | 'json'): string {
  return `${dataset.id}-metrics.${extension}`
}
