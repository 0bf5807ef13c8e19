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

describe('dashboards', () => {
  it('draws 2017 from data/2017/dashboard.json: its seven families in order', () => {
    const dataset = loaded(dataDir, '2017')
    expect(dashboardOf(dataset).families).toEqual(
      ['funnel', 'awards', 'psbc', 'insurance', 'coverage', 'carnival', 'timeline'].map(
        (family) => ({ family }),
      ),
    )
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
      { family: 'timeline' },
    ])
  })

  it('reports a data family naming a missing metric, a repeated family and an unknown kind, each at its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dashboard-'))
    cpSync(fixtures, dir, { recursive: true })
    writeFileSync(
      join(dir, 'synthetic-demo', 'dashboard.json'),
      `${JSON.stringify(
        {
          families: [
            {
              key: 'lockers',
              kind: 'bullet',
              title: { en: 'L', 'zh-CN': '柜' },
              metrics: ['synthetic.lockers', 'synthetic.nope'],
            },
            { family: 'timeline' },
            { family: 'timeline' },
            {
              key: 'pie',
              kind: 'pie',
              title: { en: 'P', 'zh-CN': '饼' },
              metrics: ['synthetic.lockers'],
            },
          ],
        },
        null,
        2,
      )}\n`,
    )
    const result = loadDataset('synthetic-demo', dir)
    expect(result.ok).toBe(false)
    const issues = result.ok ? [] : result.issues
    const shown = issues.map((i) => `${i.where}:${i.position?.line} ${i.message}`)
    expect(shown).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /synthetic-demo\/dashboard\.json:21 must name a family built in code/,
        ),
        expect.stringMatching(
          /synthetic-demo\/dashboard\.json:12 names no metric of metrics\.json: “synthetic\.nope”$/,
        ),
        expect.stringMatching(
          /synthetic-demo\/dashboard\.json:19 “timeline” is listed twice: each family appears once$/,
        ),
      ]),
    )
  })
})
