/**
 * Exports of the analyst's table: CSV (RFC 4180) and JSON, each stamped with where it came from.
 * Pure functions, no DOM: the download itself is a component's job. The words (stamp labels,
 * headers, text columns) are in src/i18n/export-table.ts.
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

import type { Dataset } from '@/domain/schema'

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

export interface Table {
  /** Keys: JSON property names, and the CSV header unless `headers` is given. */
  columns: readonly string[]
  /** The CSV header in the reader's language. */
  headers?: readonly string[]
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[]
}

/**
 * A table as a CSV file's text: the header first (the table's, then the stamp's), and the stamp's
 * cells after each row's own.
 */
export function csvFile(
  table: Table,
  stamp: { headers: readonly string[]; cells: readonly string[] },
): string {
  const lines = [
    csvLine([...(table.headers ?? table.columns), ...stamp.headers]),
    ...table.rows.map((row) => csvLine([...row, ...stamp.cells])),
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

/** "china-post-2017-metrics.csv" */
export function exportFileName(dataset: Dataset, extension: 'csv' | 'json'): string {
  return `${dataset.id}-metrics.${extension}`
}
