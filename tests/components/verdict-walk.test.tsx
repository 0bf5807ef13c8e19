/**
 * Walks the rendered views (/, /explore, /data) figure by figure and fails if a verdict rests on
 * an illustrative reference or a goal stated in words shows a share of a target; and checks the
 * view-wide switch `?references=hide`. The specs, slides and exports are walked in
 * tests/unit/verdict-walk.test.ts.
 */
import { screen, within } from '@testing-library/react'
import { dataset2017 } from '../../mocks/dataset'
import { targetOverridesStore } from '../../src/api/target-overrides'
import { renderApp } from '../utils'

beforeEach(() => {
  targetOverridesStore.update(() => [])
  window.localStorage.clear()
})

const VERDICTS = /\b(Met|Below target|On track)\b/
const label = (id: string) => dataset2017.metrics.find((m) => m.id === id)?.label.en ?? id
const illustrative = dataset2017.targets
  .filter((t) => t.provenance === 'illustrative')
  .map((t) => label(t.metric))
const qualitative = dataset2017.targets
  .filter((t) => t.kind === 'qualitative')
  .map((t) => ({
    label: label(t.metric),
    percent: dataset2017.metrics.find((m) => m.id === t.metric)?.unit === 'percent',
  }))

async function explorerTable() {
  return screen.findByRole('table', { name: /^Metrics:/ }, { timeout: 5_000 })
}

function rowOf(t: HTMLElement, name: string) {
  const row = within(t).getByRole('link', { name }).closest('tr')
  if (!row) throw new Error(`no row for ${name}`)
  return row
}

describe('every rendered figure', () => {
  it('/: no headline card gives a reference a verdict; a goal in words has no percentage', async () => {
    renderApp('/')
    await screen.findByRole('heading', { name: 'Headline results' })
    for (const card of screen.getAllByRole('article')) {
      const name = card.getAttribute('aria-label') ?? card.textContent ?? ''
      if (illustrative.some((l) => name.includes(l))) {
        expect(card.textContent, name).not.toMatch(VERDICTS)
      }
      const goal = qualitative.find((q) => name.includes(q.label))
      if (goal && !goal.percent) expect(card.textContent, name).not.toMatch(/%/)
      if (goal) expect(card.textContent, name).not.toMatch(/of target/)
    }
    const scorecard = screen.getByRole('region', { name: '2017 at a glance' })
    const goals = within(scorecard).getByRole('list', { name: 'Goals and their verdicts' })
    for (const item of within(goals).getAllByRole('listitem')) {
      expect(illustrative.some((l) => item.textContent?.includes(l))).toBe(false)
    }
  })

  it('/explore: every row of an illustrative reference judges nothing; goals in words show no ratio', async () => {
    renderApp('/explore')
    const t = await explorerTable()
    for (const name of illustrative) {
      const row = rowOf(t, name)
      expect(row.textContent, name).not.toMatch(VERDICTS)
      expect(row.textContent, name).toMatch(/Reference only/)
    }
    for (const { label: name, percent } of qualitative) {
      const row = rowOf(t, name)
      expect(row.textContent, name).toMatch(/Met/)
      if (!percent) expect(row.textContent, name).not.toMatch(/%/)
    }
  })

  it('/data: the targets list keeps each reference apart from the verdicts', async () => {
    renderApp('/data')
    const targets = await screen.findByRole('table', { name: 'Targets and their provenance' })
    for (const name of illustrative) {
      const rows = within(targets)
        .getAllByText(name, { exact: false })
        .map((node) => node.closest('tr'))
      expect(rows.length, name).toBeGreaterThan(0)
      for (const row of rows) expect(row?.textContent, name).not.toMatch(VERDICTS)
    }
  })
})

describe('?references=hide', () => {
  it('takes the illustrative references off the overview', async () => {
    renderApp('/?references=hide')
    const scorecard = await screen.findByRole('region', { name: '2017 at a glance' })
    expect(scorecard).toHaveTextContent(
      'Of the 7 targets the release states or implies, 7 were met. It reports 20 more figures without a target.',
    )
    expect(scorecard).not.toHaveTextContent(/illustrative/)
    await screen.findByRole('heading', { name: 'Headline results' })
    for (const card of screen.getAllByRole('article')) {
      expect(card.textContent).not.toMatch(/[Ii]llustrative/)
    }
    expect(screen.getByRole('combobox', { name: 'References' })).toHaveValue('hide')
  })

  it('shows the figures on /explore without a target', async () => {
    renderApp('/explore?references=hide')
    const t = await explorerTable()
    for (const name of illustrative) {
      const row = rowOf(t, name)
      expect(row.textContent, name).not.toMatch(/Reference only|[Ii]llustrative/)
    }
    // The goals someone stands behind keep their verdicts.
    expect(rowOf(t, qualitative[0]?.label ?? '').textContent).toMatch(/Met/)
  })
})

describe('the drawer says whether its sentences write the figure', () => {
  it('the premiums are worked out from the goal and its outcome, not written', async () => {
    renderApp('/explore?metric=insurance.new-premiums')
    const drawer = await screen.findByRole(
      'dialog',
      { name: 'New regular premiums, China Post Insurance' },
      { timeout: 5_000 },
    )
    expect(drawer).toHaveTextContent(/The marked sentences do not write this figure/)
  })

  it('a figure written in its sentence is stated', async () => {
    renderApp('/explore?metric=innovation.platform-participants')
    const drawer = await screen.findByRole(
      'dialog',
      { name: 'People on the cloud innovation platform' },
      { timeout: 5_000 },
    )
    expect(drawer).toHaveTextContent(/The marked sentences state this figure/)
  })
})
