// @vitest-environment node
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataDir, loadDataset } from '../../scripts/load-data'
import { dashboardOf, defaultDashboard } from '../../src/domain/dashboard'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'data')

function loaded(dir: string, key: string) {
  const result = loadDataset(key, dir)
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'))
  return result.dataset
}

const text = (en: string, zh: string) => ({ en, 'zh-CN': zh })

/** Each problem the validator found, as "line:column message". */
function positions(result: ReturnType<typeof loadDataset>): string[] {
  return result.ok
    ? []
    : result.issues.map((i) => `${i.position?.line}:${i.position?.column} ${i.message}`)
}

/** The synthetic dataset with this dashboard.json, loaded as the validator loads it. */
function withDashboard(dashboard: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-'))
  cpSync(fixtures, dir, { recursive: true })
  writeFileSync(
    join(dir, 'synthetic-demo', 'dashboard.json'),
    `${JSON.stringify(dashboard, null, 2)}\n`,
  )
  return loadDataset('synthetic-demo', dir)
}

describe('dashboards', () => {
  it('draws 2017 from data/2017/dashboard.json: its seven families in order', () => {
    const dataset = loaded(dataDir, '2017')
    expect(dashboardOf(dataset).families.map((f) => f.key)).toEqual([
      'funnel',
      'awards',
      'psbc',
      'insurance',
      'coverage',
      'carnival',
      'timeline',
    ])
    // Described in data, with no code of its own.
    expect(dashboardOf(dataset).families[2]).toMatchObject({ key: 'psbc', kind: 'bullet' })
  })

  it('gives a dataset without one a family per event with figures, then the timeline', () => {
    const dataset = loaded(fixtures, 'synthetic-demo')
    expect(dataset.dashboard).toBeUndefined()
    expect(defaultDashboard(dataset).families).toEqual([
      {
        key: 'event-1',
        kind: 'bullet',
        title: dataset.events[0]?.title,
        metrics: ['synthetic.lockers', 'synthetic.locker-provinces'],
      },
      expect.objectContaining({ key: 'event-2', kind: 'bullet' }),
      expect.objectContaining({ key: 'event-3', metrics: ['synthetic.training-days'] }),
      { key: 'timeline', kind: 'timeline' },
    ])
  })

  it('reports a data family naming a missing metric, a repeated family, an unknown kind, a wrong field and nothing drawn, each at its line', () => {
    const result = withDashboard({
      families: [
        {
          key: 'lockers',
          kind: 'bullet',
          title: { en: 'L', 'zh-CN': '柜' },
          metrics: ['synthetic.lockers', 'synthetic.nope'],
        },
        { key: 'timeline', kind: 'timeline' },
        { key: 'timeline', kind: 'timeline' },
        {
          key: 'pie',
          kind: 'pie',
          title: { en: 'P', 'zh-CN': '饼' },
          metrics: ['synthetic.lockers'],
        },
        {
          key: 'hidden',
          kind: 'bullet',
          title: { en: 'H', 'zh-CN': '隐' },
          metrics: [{ id: 'synthetic.lockers', shown: 'table' }],
        },
        {
          key: 'fields',
          kind: 'bullet',
          title: { en: 'F', 'zh-CN': '字' },
          metrics: [{ id: 'synthetic.lockers', shown: 'nowhere' }],
          colour: 7,
        },
        { nonsense: true },
        {
          key: 'series',
          kind: 'target-bars',
          title: { en: 'S', 'zh-CN': '系' },
          metrics: [{ id: 'synthetic.lockers', series: 'nope' }],
        },
      ],
    })
    expect(result.ok).toBe(false)
    const issues = result.ok ? [] : result.issues
    const shown = issues.map((i) => `${i.where}:${i.position?.line} ${i.message}`)
    expect(shown).toEqual(
      expect.arrayContaining([
        // A data family's wrong field is reported at its own line, not the family's.
        expect.stringMatching(
          /synthetic-demo\/dashboard\.json:25 must be one of "bullet", .*, not “pie”$/,
        ),
        expect.stringMatching(
          /synthetic-demo\/dashboard\.json:41 must draw at least one metric: every one is “shown” only in the table or words$/,
        ),
        expect.stringMatching(
          /synthetic-demo\/dashboard\.json:58 must be one of "table", "words", not “nowhere”$/,
        ),
        expect.stringMatching(/synthetic-demo\/dashboard\.json:61 must be at most 4, not 7$/),
        expect.stringMatching(
          /synthetic-demo\/dashboard\.json:63 must chart metrics \(\{ "key", "kind", "title", "metrics" \}\) or milestones \(\{ "key", "kind": "timeline" \}\)$/,
        ),
        expect.stringMatching(
          /synthetic-demo\/dashboard\.json:76 names no series of this family: “nope”$/,
        ),
        expect.stringMatching(
          /synthetic-demo\/dashboard\.json:12 names no metric of metrics\.json: “synthetic\.nope”$/,
        ),
        expect.stringMatching(
          /synthetic-demo\/dashboard\.json:20 “timeline” is listed twice: each family appears once$/,
        ),
      ]),
    )
  })

  it('reports each wrong placeholder in a family’s words at its line and column', () => {
    const result = withDashboard({
      families: [
        {
          key: 'lockers',
          kind: 'bullet',
          title: text('Lockers', '快递柜'),
          metrics: [
            {
              id: 'synthetic.lockers',
              label: text('Lockers ({unit})', '快递柜（{unit}）'),
              detail: text('{when}', '{when}'),
            },
          ],
          summary: text(
            '{value} lockers; {value:synthetic.training-days} days',
            '{value:synthetic.lockers}个快递柜',
          ),
          caption: text('{title}: lockers}', '{title}：快递柜'),
          plot: text('{title:synthetic.lockers}', '{title}'),
          target: text('Deadline ({kind})', '期限（{kind}）'),
          series: [
            {
              key: 'lines',
              label: text('Lines {sum:nope}', '线{sum:nope}'),
              figure: text('{sum} lines', '{total}条'),
            },
          ],
        },
      ],
    })
    expect(positions(result)).toEqual([
      '18:13 “{when}” is no placeholder: use one of value, label, target, date, unit, claims, share, kind, sum, name, period, context, reference, title',
      '19:13 “{when}” is no placeholder: use one of value, label, target, date, unit, claims, share, kind, sum, name, period, context, reference, title',
      '24:9 “{value}” must name its metric: “{value:<metric id>}”',
      '24:9 “{value:synthetic.training-days}” names no metric of this family',
      '25:9 fills in other figures than the English text: both languages use the same placeholders',
      '28:9 has a “{” or “}” that opens or closes no placeholder',
      '32:9 “{title}” is the family’s title and names no metric',
      '33:9 fills in other figures than the English text: both languages use the same placeholders',
      '36:9 “{kind}” must name its metric: “{kind:<metric id>}”',
      '37:9 “{kind}” must name its metric: “{kind:<metric id>}”',
      '43:13 “{sum:nope}” must name a series of this family: “{sum:<series key>}”',
      '44:13 “{sum:nope}” must name a series of this family: “{sum:<series key>}”',
      '48:13 takes no placeholder but “{sum}”',
      '48:13 fills in other figures than the English text: both languages use the same placeholders',
    ])
  })

  it('reports wrong placeholders and fields in the timeline’s words at their lines and columns', () => {
    const result = withDashboard({
      families: [
        {
          key: 'milestones',
          kind: 'timeline',
          title: text('Synthetic milestones of {year}', '{year}年合成里程碑'),
          summary: text('{count} milestones in {events}', '{events}共有{milestones}'),
          notes: [text('Synthetic note {', '合成说明')],
          caption: text('{title}', '{title}'),
        },
      ],
    })
    const names = 'takes no placeholder but “{year}”, “{milestones}”, “{events}”'
    expect(positions(result)).toEqual([
      `11:9 ${names}`,
      '12:9 fills in other figures than the English text: both languages use the same placeholders',
      `16:11 ${names}`,
      `21:9 ${names}`,
      `22:9 ${names}`,
    ])
    // A timeline's wrong field is reported as the timeline's, at its own line.
    const wrongField = withDashboard({
      families: [{ key: 'milestones', kind: 'timeline', plot: 7 }],
    })
    expect(positions(wrongField)).toEqual(['6:7 must be an object { … }, not 7'])
  })

  it('reports a plot drawing a metric outside its family or twice, and its wrong words, at their lines', () => {
    const result = withDashboard({
      families: [
        {
          key: 'lockers',
          kind: 'bullet',
          title: text('Lockers', '快递柜'),
          metrics: ['synthetic.lockers', 'synthetic.locker-provinces'],
          plots: [
            {
              metrics: ['synthetic.lockers', 'synthetic.training-days'],
              subtitle: text('By {date}', '截至{date}'),
            },
            {
              metrics: ['synthetic.locker-provinces', 'synthetic.lockers'],
              slide: { title: text('{period:synthetic.lockers}', '{title}') },
            },
          ],
          verdicts: text('Verdicts {', '结论'),
        },
      ],
    })
    expect(positions(result)).toEqual([
      '18:13 “synthetic.training-days” is not among the family’s metrics',
      '21:13 “{date}” must name its metric: “{date:<metric id>}”',
      '22:13 “{date}” must name its metric: “{date:<metric id>}”',
      '28:13 “synthetic.lockers” is drawn by another plot: each metric by one',
      '33:15 fills in other figures than the English text: both languages use the same placeholders',
      '39:9 has a “{” or “}” that opens or closes no placeholder',
    ])
  })

  it('refuses a plot colour outside the palette, at its line', () => {
    const result = withDashboard({
      families: [
        {
          key: 'lockers',
          kind: 'bullet',
          title: { en: 'Lockers', 'zh-CN': '快递柜' },
          metrics: ['synthetic.lockers'],
          plots: [{ metrics: ['synthetic.lockers'], colour: 7 }],
        },
      ],
    })
    const shown = result.ok ? [] : result.issues.map((i) => `${i.position?.line} ${i.message}`)
    expect(shown).toEqual(['18 must be at most 4, not 7'])
  })
})
