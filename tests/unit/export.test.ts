import { i18n } from '@lingui/core'
import fc from 'fast-check'
import { dataset2017 } from '../../mocks/dataset'
import { deriveKpis } from '../../src/domain/kpis'
import {
  exportStamp,
  metricColumns,
  metricTable,
  stampColumns,
  stampTexts,
  toCsv,
} from '../../src/i18n/export-table'
import { BOM, csvCell, neutraliseFormula, type Table, toJson } from '../../src/lib/export'
import { en, zh } from '../../src/locales/all'

/**
 * An RFC 4180 reader, written here so the writer is checked against the standard rather than
 * against itself: fields separated by commas, records by CRLF, a quoted field may hold commas,
 * CR, LF and doubled quotes.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let i = 0
  let quoted = false
  while (i < text.length) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
      } else if (c === '"') {
        quoted = false
        i += 1
      } else {
        field += c
        i += 1
      }
      continue
    }
    if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`)
      quoted = true
      i += 1
    } else if (c === ',') {
      record.push(field)
      field = ''
      i += 1
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i += 2
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare ${c === '\r' ? 'CR' : 'LF'} outside quotes at ${i}`)
    } else {
      field += c
      i += 1
    }
  }
  if (quoted) throw new Error('unterminated quoted field')
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records
}

const stamp = exportStamp(dataset2017, 'https://kpi.example/explore?categories=%5B%22finance%22%5D')

/** The data rows of a CSV export without the header and the trailing stamp columns. */
function body(csv: string): string[][] {
  const records = parseCsv(csv.slice(BOM.length))
  return records.slice(1).map((r) => r.slice(0, r.length - stampColumns.length))
}

describe('CSV cells (RFC 4180)', () => {
  it('quotes fields with commas, quotes, CR or LF, and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"')
    expect(csvCell('line\r\nbreak')).toBe('"line\r\nbreak"')
    expect(csvCell('')).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(7250000000)).toBe('7250000000')
  })

  it('keeps Chinese text as it is', () => {
    expect(csvCell('中邮保险新单期交保费')).toBe('中邮保险新单期交保费')
    expect(csvCell('100亿元，超过目标')).toBe('100亿元，超过目标')
  })

  it('neutralises formula injection with a leading apostrophe', () => {
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('+41')).toBe("'+41")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)")
    expect(csvCell('\t=cmd')).toBe("'\t=cmd")
    expect(csvCell('\r=cmd')).toBe('"\'\r=cmd"')
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
    // Only the first character counts.
    expect(csvCell('a=b')).toBe('a=b')
    expect(neutraliseFormula('ok')).toBe('ok')
  })
})

describe('CSV file', () => {
  const table: Table = {
    columns: ['label', 'value', 'note'],
    rows: [
      ['New regular premiums, China Post Insurance', 10000000000, '中邮保险新单期交保费'],
      ['=cmd|" /C calc"!A0', 1, 'multi\nline'],
    ],
  }
  const csv = toCsv(table, stamp)

  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.endsWith('\r\n')).toBe(true)
    // Every LF outside quoted fields is part of a CRLF.
    expect(csv.replaceAll('"multi\nline"', '').match(/(?<!\r)\n/g)).toBeNull()
  })

  it('puts the header on the first line and the stamp in the last columns of every row', () => {
    const records = parseCsv(csv.slice(1))
    expect(records[0]).toEqual(['label', 'value', 'note', ...stampColumns])
    expect(records).toHaveLength(1 + table.rows.length)
    for (const record of records.slice(1)) {
      expect(record.slice(-5)).toEqual([
        stamp.url,
        dataset2017.asOf,
        `${dataset2017.id} ${dataset2017.version}`,
        expect.stringContaining('2017 Top Ten Events at China Post Group'),
        // No what-if targets in force: the column is empty.
        '',
      ])
      expect(record.at(-2)).toContain(dataset2017.sources[0]?.publisher.en ?? '—')
    }
    expect(csv.slice(1)).not.toMatch(/^#/m)
  })

  it('says in every row, and in the stamp lines, when analyst what-if targets are in force', () => {
    const analyst = { ...stamp, whatIfTargets: 2 }
    const records = parseCsv(toCsv(table, analyst).slice(1))
    for (const record of records.slice(1)) {
      expect(record.at(-1)).toBe(
        '2 analyst targets set on this device replace published ones; the link does not carry them',
      )
    }
    expect(stampTexts(analyst).at(-1)).toMatch(/^What-if targets: 2 analyst targets/)
  })

  it('round-trips the rows through an RFC 4180 reader', () => {
    expect(body(csv)).toEqual([
      ['New regular premiums, China Post Insurance', '10000000000', '中邮保险新单期交保费'],
      ['\'=cmd|" /C calc"!A0', '1', 'multi\nline'],
    ])
  })

  it('for arbitrary strings: never an unescaped formula start, always a faithful round trip', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.string({
        unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', 'a', '亿', ' '),
      }),
    )
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
        (rows) => {
          const parsed = body(toCsv({ columns: ['a', 'b', 'c'], rows }, stamp))
          expect(parsed).toEqual(rows.map((row) => row.map(neutraliseFormula)))
          for (const cellText of parsed.flat()) expect(cellText).not.toMatch(/^[=+\-@\t\r]/)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('exports the filtered metric rows with raw numbers, text and the quote', () => {
    const { rows } = deriveKpis(dataset2017)
    const premiums = rows.filter((r) => r.metric.category === 'insurance')
    const parsed = parseCsv(toCsv(metricTable(premiums), stamp).slice(1))
    const header = parsed[0] ?? []
    expect(header).toEqual([...metricColumns, ...stampColumns])
    const data = parsed.slice(1)
    expect(data).toHaveLength(premiums.length)
    const record = Object.fromEntries(header.map((c, i) => [c, data[0]?.[i]]))
    expect(record).toMatchObject({
      id: 'insurance.new-premiums',
      label: 'New regular premiums, China Post Insurance',
      label_zh: '中邮保险新单期交保费',
      value: '10000000000',
      qualifier: 'more-than',
      unit: 'CNY',
      value_text: 'CNY 10 billion+',
      // A qualitative goal: no number, its verdict in words.
      target: '',
      target_kind: 'qualitative',
      target_text: 'Reached on 8 November, ahead of schedule (amount not published)',
      attainment: '',
      provenance: 'stated',
      provenance_text: 'Stated',
      status: 'met',
      status_text: 'Met',
      quote:
        'China Post Insurance brought about its goal ahead of schedule on November 8, hitting a historical high.',
    })
  })
})

describe('exports in Chinese', () => {
  beforeEach(() => i18n.loadAndActivate({ locale: 'zh-CN', messages: zh }))
  afterEach(() => i18n.loadAndActivate({ locale: 'en', messages: en }))

  it('writes the stamp, the header and the text columns in Chinese; codes and numbers stay', () => {
    const { rows } = deriveKpis(dataset2017)
    const premiums = rows.filter((r) => r.metric.category === 'insurance')
    const chineseStamp = exportStamp(dataset2017, stamp.url, 'zh-CN')
    const csv = toCsv(metricTable(premiums, 'zh-CN'), chineseStamp, 'zh-CN')
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records = parseCsv(csv.slice(BOM.length))
    expect(records[0]?.slice(-5)).toEqual([
      '出处：视图链接',
      '出处：数据截至',
      '出处：数据集版本',
      '出处：来源',
      '出处：假设目标',
    ])
    expect(records[1]?.at(-2)).toBe(
      '中国邮政英文新闻稿《2017 Top Ten Events at China Post Group》，2018年1月23日',
    )
    const header = records[0] ?? []
    expect(header.slice(0, 6)).toEqual([
      '指标编号',
      '指标名称（英文）',
      '指标名称（中文）',
      '新闻序号',
      '类别代码',
      '数值',
    ])
    expect(header.join('')).not.toMatch(/[A-Za-z]/)
    const record = Object.fromEntries([...metricColumns].map((c, i) => [c, records[1]?.[i]]))
    expect(record).toMatchObject({
      id: 'insurance.new-premiums',
      label_zh: '中邮保险新单期交保费',
      value: '10000000000',
      value_text: '超过100亿元',
      target_text: '11月8日提前实现（保费金额未公布）',
      provenance: 'stated',
      provenance_text: '公布',
      status: 'met',
      status_text: '已达成',
      period_text: expect.stringContaining('2017年'),
    })
    const usd = records.find((r) => r[0] === 'insurance.goal-usd-as-stated') ?? []
    expect(usd[metricColumns.indexOf('value_text')]).toBe('160万美元')
    expect(usd[metricColumns.indexOf('findings')]).toMatch(/^错误：/)
  })

  it('keeps the JSON keys English', () => {
    const { rows } = deriveKpis(dataset2017)
    const json = JSON.parse(toJson(metricTable(rows.slice(0, 1), 'zh-CN'), stamp))
    expect(Object.keys(json.meta)).toEqual([
      'url',
      'dataset',
      'version',
      'asOf',
      'source',
      'whatIfTargets',
    ])
    expect(Object.keys(json.rows[0])).toEqual([...metricColumns])
    expect(json.rows[0].label_zh).toBe(rows[0]?.metric.label['zh-CN'])
  })
})

describe('JSON export', () => {
  it('carries the stamp as meta and the rows as objects keyed by column', () => {
    const { rows } = deriveKpis(dataset2017)
    const json = JSON.parse(toJson(metricTable(rows.slice(0, 2)), stamp))
    expect(json.meta).toEqual({
      url: stamp.url,
      dataset: dataset2017.id,
      version: dataset2017.version,
      asOf: dataset2017.asOf,
      source: {
        title: dataset2017.sources[0]?.title,
        publisher: dataset2017.sources[0]?.publisher.en,
        published: dataset2017.sources[0]?.published,
      },
      whatIfTargets: 0,
    })
    expect(json.rows).toHaveLength(2)
    expect(Object.keys(json.rows[0])).toEqual([...metricColumns])
    expect(json.rows[0]).toMatchObject({ id: rows[0]?.metric.id, value: rows[0]?.metric.value })
  })
})
