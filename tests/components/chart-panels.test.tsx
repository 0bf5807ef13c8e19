import { i18n } from '@lingui/core'
import { I18nProvider } from '@lingui/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { dataset2017 } from '../../mocks/dataset'
import { deriveKpis, type Kpis } from '../../src/domain/kpis'
import ChartPanels from '../../src/features/overview/chart-panels'
import { ChartPanelsSkeleton } from '../../src/features/overview/chart-panels-skeleton'
import { RouterProvider } from '../../src/lib/router/react'
import { createRouter, memoryHistory } from '../../src/lib/router/router'
import { en, zh } from '../../src/locales/all'
import { createTestQueryClient } from '../utils'

function renderPanels({
  kpis = deriveKpis(dataset2017),
  currency,
  url = '/',
}: {
  kpis?: Kpis
  currency?: 'CNY' | 'USD'
  url?: string
} = {}) {
  const router = createRouter({
    layout: () => <ChartPanels kpis={kpis} currency={currency} />,
    routes: {},
    notFound: { component: () => null },
    errorComponent: () => null,
    validateSearch: () => ({}),
    retain: [],
    history: memoryHistory(url),
  })
  return {
    router,
    ...render(
      <I18nProvider i18n={i18n}>
        {/* The panels ask the index (through the query cache) whether another period is published. */}
        <QueryClientProvider client={createTestQueryClient()}>
          <RouterProvider router={router} />
        </QueryClientProvider>
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
    // The plot's code loads on its own (families/live-plot.ts), after the figure.
    await waitFor(() =>
      expect(funnel.querySelector('svg[aria-label]')).toHaveAttribute(
        'aria-label',
        'Innovation funnel, bar chart on a log scale',
      ),
    )
  })

  it('summarises each chart in a sentence computed from the data', async () => {
    renderPanels()
    expect(
      within(await figure('Innovation funnel')).getByText(
        'More than 550,000 people logged on to the cloud innovation platform; 90,000 innovations were submitted and 87 became the first batch of golden ideas.',
      ),
    ).toBeInTheDocument()
    expect(
      within(await figure('Innovation awards by prize tier')).getByText(
        /science & technology innovation 59, and 30 gadgets listed beside them and management innovation 60\. No target is published: any reference drawn beside a tier is illustrative and judges nothing\./,
      ),
    ).toBeInTheDocument()
    expect(
      within(await figure(/Double 10 billion/)).getByText(
        'New premiums and renewal premiums each reached more than CNY 10 billion by Nov 8, 2017, so the release reports the goal reached in 312 days, 53 days before the deadline of Dec 31, 2017; it gives no premium amounts.',
      ),
    ).toBeInTheDocument()
    expect(
      within(await figure('Rollout coverage')).getByText(
        /Cities above county level in 18 provinces had same-day Party newspapers by Sep 30, 2017, more than fulfilling the target of the Ministry of Transport and the State Post Bureau, whose value is not published .*: 136 units inspected, 31 of them toured again\./,
      ),
    ).toBeInTheDocument()
    expect(
      within(await figure(/919 Shopping Carnival/)).getByText(
        /During the 19 days of the 919 Shopping Carnival, total online members reached 300,000 \(120% of an illustrative reference of 250,000; no target is published\)\. China Post Capital, jointly with Cainiao and Fosun, bought 64% of sposter.net; the release says China Post has a controlling interest/,
      ),
    ).toBeInTheDocument()
    expect(
      within(await figure('Milestones of 2017')).getByText(
        '15 milestones of 8 events, spanning 2016 – Nov 10, 2017; 3 are dated only to the year.',
      ),
    ).toBeInTheDocument()
  })

  it('labels illustrative targets as illustrative in the legend', async () => {
    renderPanels()
    expect(
      within(await figure('Innovation funnel')).getByText(
        'Illustrative reference (no target published)',
      ),
    ).toBeInTheDocument()
    // Qualitative goals have no number, so the coverage chart draws no target mark at all.
    const coverage = await figure('Rollout coverage')
    expect(within(coverage).queryByText(/^Target \(/)).not.toBeInTheDocument()
  })

  it('shows the funnel as a table with values, targets, attainment and status', async () => {
    renderPanels()
    const table = await openTable('Innovation funnel')
    const participants = rowOf(table, /Participants/)
    expect(participants.getByText('550,000+')).toBeInTheDocument()
    expect(participants.getByText('500,000')).toBeInTheDocument()
    expect(participants.getByText('110% of an illustrative reference')).toBeInTheDocument()
    expect(participants.getByText('Reference only')).toBeInTheDocument()
    expect(participants.getByRole('button', { name: 'Illustrative target' })).toBeInTheDocument()
    const submissions = rowOf(table, /Submissions/)
    expect(submissions.getByText('90,000')).toBeInTheDocument()
    expect(submissions.getByText('100,000')).toBeInTheDocument()
    // Its share of the stage before, from the figures (dashboard.json's {share}).
    expect(submissions.getByText(/16\.4% of the stage before/)).toBeInTheDocument()
    expect(submissions.queryByText('Below target')).not.toBeInTheDocument()
    const golden = rowOf(table, /Golden ideas/)
    expect(golden.getByText('87')).toBeInTheDocument()
    expect(golden.getByText('100')).toBeInTheDocument()
    expect(golden.getByText('87% of an illustrative reference')).toBeInTheDocument()
  })

  it('totals each awards scheme in its table', async () => {
    renderPanels()
    const table = await openTable('Innovation awards by prize tier')
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 7 + 2)
    expect(
      cellsOf(table, 'Science & technology innovation: total listed, gadgets included'),
    ).toEqual(['89', '90', '99% of an illustrative reference', '—'])
    expect(cellsOf(table, 'Management innovation: total')).toEqual([
      '60',
      '60',
      '100% of an illustrative reference',
      '—',
    ])
    const [value, target, attainment, status] = cellsOf(
      table,
      'Science & technology innovation: first prizes',
    )
    expect([value, attainment, status]).toEqual([
      '9',
      '90% of an illustrative reference',
      '◇Reference only',
    ])
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
    // The goal is qualitative: no number in the target cell to convert.
    expect(newPremiums.queryByText('USD 1.48 billion')).not.toBeInTheDocument()
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

  it('opens an event’s detail from its name on the timeline', async () => {
    const { router } = renderPanels()
    const timeline = await figure('Milestones of 2017')
    await userEvent.click(
      within(timeline).getByRole('link', {
        name: "6. The first '919 Shopping Carnival': event details",
      }),
    )
    expect(router.state.location.search).toMatchObject({ event: 6 })
    const table = await openTable('Milestones of 2017')
    expect(within(table).getAllByRole('row')).toHaveLength(16)
  })

  it('keeps the other charts when one fails, and offers to try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const kpis = deriveKpis(dataset2017)
    const broken = {
      ...kpis,
      rows: kpis.rows.filter((r) => r.metric.id !== 'innovation.golden-ideas'),
    }
    renderPanels({ kpis: broken })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent("Couldn't draw the chart “Innovation funnel”")
    expect(alert).toHaveTextContent('The dataset has no metric “innovation.golden-ideas”.')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(screen.queryByRole('figure', { name: 'Innovation funnel' })).toBeNull()
    expect(await figure('Innovation awards by prize tier')).toBeInTheDocument()
    expect(await figure(/Double 10 billion/)).toBeInTheDocument()

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    // Still broken data: the panel fails again, in place, on its own.
    expect(await screen.findByRole('alert')).toHaveTextContent('Innovation funnel')
    expect(await figure('Innovation awards by prize tier')).toBeInTheDocument()
  })
})

describe('cross-filtering from the charts', () => {
  it('filters the overview to a bar’s event on click, and clears it on a second click', async () => {
    const { router } = renderPanels()
    const funnel = await figure('Innovation funnel')
    const participants = within(funnel).getByRole('button', {
      name: 'Filter to event 3: People on the cloud innovation platform, 550,000+, Reference only',
    })
    expect(participants).toHaveAttribute('aria-pressed', 'false')
    await userEvent.click(participants)
    await waitFor(() => expect(router.state.location.search).toMatchObject({ events: [3] }))
    const pressed = within(await figure('Innovation funnel')).getByRole('button', {
      name: /^Filter to event 3: People on the cloud/,
    })
    expect(pressed).toHaveAttribute('aria-pressed', 'true')
    await userEvent.click(pressed)
    await waitFor(() => expect(router.state.location.search).not.toHaveProperty('events'))
  })

  it('filters from the keyboard: Tab to a bullet or a milestone, then Enter or Space', async () => {
    const { router } = renderPanels({ url: '/?currency=USD' })
    const stake = within(await figure(/919 Shopping Carnival/)).getByRole('button', {
      name: /^Filter to event 10: Stake in sposter\.net bought by China Post Capital with Cainiao and Fosun, 64%/,
    })
    act(() => stake.focus())
    await userEvent.keyboard('{Enter}')
    // Other parameters stay as they were.
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ events: [10], currency: 'USD' }),
    )

    const opens = within(await figure('Milestones of 2017')).getByRole('button', {
      name: 'Filter to event 6: Sep 1, 2017, 919 Shopping Carnival opens',
    })
    act(() => opens.focus())
    await userEvent.keyboard(' ')
    await waitFor(() => expect(router.state.location.search).toMatchObject({ events: [6] }))
  })

  it('takes an event out of a filter of several', async () => {
    const { router } = renderPanels({ url: '/?events=%5B5%2C7%5D' })
    const units = within(await figure('Rollout coverage')).getByRole('button', {
      name: /^Filter to event 7: Subordinate units inspected/,
    })
    expect(units).toHaveAttribute('aria-pressed', 'true')
    await userEvent.click(units)
    await waitFor(() => expect(router.state.location.search).toEqual({ events: [5] }))
  })
})

describe('ChartPanels in Chinese', () => {
  afterEach(() => {
    act(() => i18n.loadAndActivate({ locale: 'en', messages: en }))
  })

  it('names, summarises, labels and tabulates every chart in Chinese, with no English left', async () => {
    act(() => i18n.loadAndActivate({ locale: 'zh-CN', messages: zh }))
    renderPanels()
    const funnel = await figure('创新成果漏斗')
    expect(
      within(funnel).getByText(
        '超过55万人登录云创新平台，提交创新成果9万项，其中87项入选首批“金点子”。',
      ),
    ).toBeInTheDocument()
    expect(within(funnel).getByText('示意参照（无公布目标）')).toBeInTheDocument()
    // Axis ticks in 万, as the format module writes them for Chinese.
    expect(within(funnel).getByText('10万')).toBeInTheDocument()
    expect(funnel.querySelector('svg[aria-label]')).toHaveAttribute(
      'aria-label',
      '创新成果漏斗，对数刻度条形图',
    )
    expect(
      within(funnel).getByRole('button', {
        name: '筛选至第3条新闻：登录云创新平台人数，超过55万，仅作参照',
      }),
    ).toBeInTheDocument()

    const insurance = await figure('中邮保险期交保费“双百亿”')
    expect(
      within(insurance).getByText(
        '截至2017年11月8日，新单期交保费和续期期交保费均超过100亿元，用时312天实现目标，较2017年12月31日的期限提前53天；新闻稿未公布保费金额。',
      ),
    ).toBeInTheDocument()
    // No premium amounts are published, so no premium bars (and no 100亿 axis) are drawn.
    expect(within(insurance).queryByText('100亿')).not.toBeInTheDocument()
    expect(within(insurance).getByText('提前53天')).toBeInTheDocument()

    const timeline = await figure('2017年里程碑')
    expect(
      within(timeline).getByText(
        '8条新闻共有15个里程碑，时间跨度为2016年至2017年11月10日；其中3个仅注明年份。',
      ),
    ).toBeInTheDocument()
    expect(within(timeline).getByText('2017年')).toBeInTheDocument()

    // Every chart, with its table open, in Chinese only: no English word of three letters or more.
    for (const chart of screen.getAllByRole('figure')) {
      await userEvent.click(within(chart).getByRole('button', { name: '以表格显示' }))
      const table = within(chart).getByRole('table')
      expect(within(table).getAllByRole('columnheader')[0]).not.toHaveTextContent(/[A-Za-z]/)
      // PNG is a file format's name, the same in Chinese.
      const english = ((chart.textContent ?? '').match(/[A-Za-z]{3,}/g) ?? []).filter(
        (word) => word !== 'PNG',
      )
      expect(english, chart.getAttribute('aria-labelledby') ?? '').toEqual([])
    }
  })
})

describe('ChartPanelsSkeleton', () => {
  it('reserves a card for each chart while the charts load', () => {
    const { container } = render(
      <I18nProvider i18n={i18n}>
        <ChartPanelsSkeleton dataset={dataset2017} />
      </I18nProvider>,
    )
    expect(screen.getByRole('status')).toHaveTextContent('Loading the charts…')
    // One per family of data/2017/dashboard.json.
    expect(container.querySelectorAll('.chart-card-skeleton')).toHaveLength(7)
  })

  it('offers each chart as a PNG stamped with where it comes from', async () => {
    renderPanels()
    const figures = await screen.findAllByRole('figure')
    expect(figures.length).toBeGreaterThanOrEqual(7)
    for (const figure of figures) {
      expect(within(figure).getByRole('button', { name: 'Save as PNG' })).toBeInTheDocument()
    }
  })
})
