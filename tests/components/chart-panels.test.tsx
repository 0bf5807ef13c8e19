import { i18n } from '@lingui/core'
import { I18nProvider } from '@lingui/react'
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { dataset2017 } from '../../mocks/dataset'
import { deriveKpis, type Kpis } from '../../src/domain/kpis'
import ChartPanels from '../../src/features/overview/chart-panels'
import { ChartPanelsSkeleton } from '../../src/features/overview/chart-panels-skeleton'

function renderPanels({
  kpis = deriveKpis(dataset2017),
  currency,
}: {
  kpis?: Kpis
  currency?: 'CNY' | 'USD'
} = {}) {
  const rootRoute = createRootRoute({
    component: () => <ChartPanels kpis={kpis} currency={currency} />,
  })
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: ['/'] }),
  })
  return {
    router,
    ...render(
      <I18nProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nProvider>,
    ),
  }
}

async function figure(name: string | RegExp) {
  return screen.findByRole('figure', { name })
}

async function openTable(name: string | RegExp) {
  const chart = await figure(name)
  const toggle = within(chart).getByRole('button', { name: 'Show as table' })
  expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await userEvent.click(toggle)
  expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const table = within(chart).getByRole('table')
  expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toContainElement(
    table,
  )
  return table
}

function rowOf(table: HTMLElement, header: string | RegExp) {
  const row = within(table).getByRole('rowheader', { name: header }).closest('tr')
  if (!row) throw new Error(`no row ${header}`)
  return within(row)
}

/** The value, target, attainment and status cells of a row, as text. */
function cellsOf(table: HTMLElement, header: string | RegExp) {
  const row = within(table).getByRole('rowheader', { name: header }).closest('tr')
  if (!row) throw new Error(`no row ${header}`)
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)
}

const names = [
  'Innovation funnel',
  'Innovation awards by prize tier',
  'PSBC preferred-share issue',
  'Insurance “Double 10 billion”',
  'Rollout coverage',
  '919 Shopping Carnival and sposter.net stake',
  'Milestones of 2017',
]

describe('ChartPanels', () => {
  afterEach(() => vi.restoreAllMocks())

  it('names every chart and labels each plot', async () => {
    renderPanels()
    for (const name of names) {
      const chart = await figure(name)
      expect(chart).toBeInTheDocument()
    }
    expect(screen.getAllByRole('figure')).toHaveLength(names.length)
    const funnel = await figure('Innovation funnel')
    expect(funnel.querySelector('svg[aria-label]')).toHaveAttribute(
      'aria-label',
      'Innovation funnel, bar chart on a log scale',
    )
  })

  it('summarises each chart in a sentence computed from the data', async () => {
    renderPanels()
    expect(
      within(await figure('Innovation funnel')).getByText(
        'More than 550,000 people joined; 90,000 innovations were submitted and 87 became golden ideas.',
      ),
    ).toBeInTheDocument()
    expect(
      within(await figure('Innovation awards by prize tier')).getByText(
        /science & technology innovation 89 in 4 tiers and management innovation 60 in 3 tiers; 6 of 7 tiers reach their illustrative target/,
      ),
    ).toBeInTheDocument()
    expect(
      within(await figure(/Double 10 billion/)).getByText(
        'New premiums and renewal premiums each reached more than CNY 10 billion by Nov 8, 2017, meeting the goal in 312 days, 53 days before the deadline of Dec 31, 2017.',
      ),
    ).toBeInTheDocument()
    expect(
      within(await figure('Rollout coverage')).getByText(
        /Same-day newspapers reached 18 of 31 provinces \(58%\) by Sep 30, 2017; the inspection tour covered all 136 units, 31 of them twice, with about 41 teams in 9 groups/,
      ),
    ).toBeInTheDocument()
    expect(
      within(await figure(/919 Shopping Carnival/)).getByText(
        /drew 300,000 members in 19 days, 120% of the illustrative target of 250,000; China Post bought 64% of sposter.net, above the 50% needed for control/,
      ),
    ).toBeInTheDocument()
    expect(
      within(await figure('Milestones of 2017')).getByText(
        '15 milestones of 8 events, from 2016 to Nov 10, 2017; 3 are dated only to the year.',
      ),
    ).toBeInTheDocument()
  })

  it('labels illustrative targets as illustrative in the legend', async () => {
    renderPanels()
    expect(
      within(await figure('Innovation funnel')).getByText('Target (illustrative)'),
    ).toBeInTheDocument()
    const coverage = await figure('Rollout coverage')
    expect(within(coverage).getByText('Target (derived)')).toBeInTheDocument()
    expect(within(coverage).getByText('Target (stated)')).toBeInTheDocument()
  })

  it('shows the funnel as a table with values, targets, attainment and status', async () => {
    renderPanels()
    const table = await openTable('Innovation funnel')
    const participants = rowOf(table, /Participants/)
    expect(participants.getByText('550,000+')).toBeInTheDocument()
    expect(participants.getByText('500,000')).toBeInTheDocument()
    expect(participants.getByText('110%')).toBeInTheDocument()
    expect(participants.getByText('Met')).toBeInTheDocument()
    expect(participants.getByRole('button', { name: 'Illustrative target' })).toBeInTheDocument()
    const submissions = rowOf(table, /Submissions/)
    expect(submissions.getByText('90,000')).toBeInTheDocument()
    expect(submissions.getByText('100,000')).toBeInTheDocument()
    expect(submissions.getByText('Below target')).toBeInTheDocument()
    const golden = rowOf(table, /Golden ideas/)
    expect(golden.getByText('87')).toBeInTheDocument()
    expect(golden.getByText('100')).toBeInTheDocument()
    expect(golden.getByText('87%')).toBeInTheDocument()
  })

  it('totals each awards scheme in its table', async () => {
    renderPanels()
    const table = await openTable('Innovation awards by prize tier')
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 7 + 2)
    expect(cellsOf(table, 'Science & technology innovation: total')).toEqual([
      '89',
      '90',
      '99%',
      '—',
    ])
    expect(cellsOf(table, 'Management innovation: total')).toEqual(['60', '60', '100%', '—'])
    const [value, target, attainment, status] = cellsOf(
      table,
      'Science & technology innovation: first prizes',
    )
    expect([value, attainment, status]).toEqual(['9', '90%', '▼Below target'])
    expect(target).toMatch(/^10Illustrative/)
  })

  it('hides the table again', async () => {
    renderPanels()
    const chart = await figure('Rollout coverage')
    await userEvent.click(within(chart).getByRole('button', { name: 'Show as table' }))
    const hide = within(chart).getByRole('button', { name: 'Hide table' })
    await userEvent.click(hide)
    expect(hide).toHaveAttribute('aria-expanded', 'false')
    expect(within(chart).queryByRole('table')).not.toBeInTheDocument()
  })

  it('annotates the preferred-share issue with the records the source claims', async () => {
    renderPanels()
    const chart = await figure('PSBC preferred-share issue')
    expect(
      within(chart).getByText(
        /World's largest preferred stock issuance by a financial institution/,
      ),
    ).toBeInTheDocument()
    expect(within(chart).getByText(/the source claims 2 records for it/)).toBeInTheDocument()
  })

  it('shows money as stated without a currency choice', async () => {
    renderPanels()
    const chart = await figure(/Double 10 billion/)
    expect(within(chart).queryByText(/Converted at/)).not.toBeInTheDocument()
    const table = await openTable(/Double 10 billion/)
    expect(rowOf(table, /New premiums/).getByText('CNY 10 billion+')).toBeInTheDocument()
  })

  it('converts CNY 10 billion to about USD 1.48 billion and says at what rate', async () => {
    renderPanels({ currency: 'USD' })
    const chart = await figure(/Double 10 billion/)
    expect(within(chart).getByText(/each reached more than USD 1.48 billion/)).toBeInTheDocument()
    expect(
      within(chart).getByText('Converted at 6.7518 CNY per USD (2017 average).'),
    ).toBeInTheDocument()
    const table = await openTable(/Double 10 billion/)
    const newPremiums = rowOf(table, /New premiums/)
    expect(newPremiums.getByText('USD 1.48 billion+')).toBeInTheDocument()
    expect(newPremiums.getByText('USD 1.48 billion')).toBeInTheDocument()
    expect(newPremiums.getByText(/Stated as CNY 10 billion\+/)).toBeInTheDocument()
    // Already in US dollars: nothing to convert, so no note.
    const psbc = await figure('PSBC preferred-share issue')
    expect(within(psbc).queryByText(/Converted at/)).not.toBeInTheDocument()
  })

  it('converts US dollars to yuan when the reader picks CNY', async () => {
    renderPanels({ currency: 'CNY' })
    const psbc = await figure('PSBC preferred-share issue')
    expect(within(psbc).getByText(/PSBC issued CNY 48.95 billion/)).toBeInTheDocument()
    expect(within(psbc).getByText(/Converted at 6.7518 CNY per USD/)).toBeInTheDocument()
  })

  it('links each milestone to its event', async () => {
    const { router } = renderPanels()
    const timeline = await figure('Milestones of 2017')
    const opens = within(timeline).getByRole('link', {
      name: /^Sep 1, 2017: 919 Shopping Carnival opens\. Event 6/,
    })
    await userEvent.click(opens)
    expect(router.state.location.search).toMatchObject({ event: 6 })
    const table = await openTable('Milestones of 2017')
    expect(within(table).getAllByRole('row')).toHaveLength(16)
  })

  it('keeps the other charts when one fails, and offers to try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const kpis = deriveKpis(dataset2017)
    const broken = {
      ...kpis,
      rows: kpis.rows.filter((r) => r.metric.id !== 'psbc.preferred-shares'),
    }
    renderPanels({ kpis: broken })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent("Couldn't draw the chart “PSBC preferred-share issue”")
    expect(alert).toHaveTextContent('The dataset has no metric “psbc.preferred-shares”.')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(screen.queryByRole('figure', { name: 'PSBC preferred-share issue' })).toBeNull()
    expect(await figure('Innovation funnel')).toBeInTheDocument()
    expect(await figure(/Double 10 billion/)).toBeInTheDocument()

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    // Still broken data: the panel fails again, in place, on its own.
    expect(await screen.findByRole('alert')).toHaveTextContent('PSBC preferred-share issue')
    expect(await figure('Innovation funnel')).toBeInTheDocument()
  })
})

describe('ChartPanelsSkeleton', () => {
  it('reserves a card for each chart while the charts load', () => {
    render(<ChartPanelsSkeleton />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading the charts…')
  })
})
