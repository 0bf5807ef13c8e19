import { i18n } from '@lingui/core'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { onTestFinished } from 'vitest'
import { dataset2017 } from '../../mocks/dataset'
import { DATASET_URL } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import { scenarios } from '../../mocks/scenarios'
import { syntheticDataset } from '../../mocks/synthetic'
import { en, zh } from '../../src/locales/all'
import { afterEachCommit, renderApp } from '../utils'

function card(name: string) {
  return screen.getByRole('article', { name })
}

describe('overview', () => {
  it('shows each headline KPI card with value, target, provenance and status', async () => {
    renderApp('/')
    await screen.findByRole('heading', { name: 'Headline results' })

    const participants = card('People on the cloud innovation platform')
    expect(within(participants).getByText('550,000+')).toBeInTheDocument()
    // An illustrative reference: drawn for scale, no verdict, never "of target".
    expect(within(participants).getByText(/Illustrative reference 500,000/)).toBeInTheDocument()
    expect(
      within(participants).getByRole('button', { name: 'Illustrative target' }),
    ).toBeInTheDocument()
    expect(within(participants).getByText('110% of an illustrative reference')).toBeInTheDocument()
    expect(within(participants).queryByText('Met')).not.toBeInTheDocument()

    // A qualitative goal: the verdict of the release's sentence, no denominator, no percentage.
    const provinces = card(
      'Provinces where cities above county level get same-day Party newspapers',
    )
    expect(within(provinces).getByText('18')).toBeInTheDocument()
    expect(
      within(provinces).getByText(/Goal: Target exceeded \(value not published\)/),
    ).toBeInTheDocument()
    expect(within(provinces).getByRole('button', { name: 'Stated target' })).toBeInTheDocument()
    expect(within(provinces).getByText('Met')).toBeInTheDocument()
    expect(within(provinces).queryByText(/%/)).not.toBeInTheDocument()

    const premiums = card('New regular premiums, China Post Insurance')
    expect(within(premiums).getByText('CNY 10 billion+')).toBeInTheDocument()
    expect(within(premiums).getByRole('button', { name: 'Stated target' })).toBeInTheDocument()
    expect(within(premiums).queryByText(/%/)).not.toBeInTheDocument()
  })

  it('explains a target provenance in a tooltip on focus', async () => {
    const user = userEvent.setup()
    renderApp('/')
    await screen.findByRole('heading', { name: 'Headline results' })
    const stake = card('Stake in sposter.net bought by China Post Capital with Cainiao and Fosun')
    const badge = within(stake).getByRole('button', { name: 'Stated target' })
    await user.click(badge)
    expect(badge).toHaveAccessibleDescription(/China Post's own share is not given/)
  })

  it('converts money to the chosen currency at the documented rate', async () => {
    const user = userEvent.setup()
    renderApp('/')
    await screen.findByRole('heading', { name: 'Headline results' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'All in USD')
    const premiums = card('New regular premiums, China Post Insurance')
    // The figures follow the control a render later (see the next test).
    expect(await within(premiums).findByText('USD 1.48 billion+')).toBeInTheDocument()
    // The source's own conversion is never converted again (the table is a lazy chunk: wait for it).
    const row = await screen.findByRole('row', {
      name: /US-dollar value the source gives for the 10-billion-yuan goal/,
    })
    expect(within(row).getByText('USD 1.6 million')).toBeInTheDocument()
  })

  it('answers a currency switch in the control first; the figures follow together, never mixed', async () => {
    renderApp('/')
    const name = 'New regular premiums, China Post Insurance'
    const row = await screen.findByRole('row', { name: new RegExp(name) })
    const premiums = card(name)
    const currency = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Currency' })
    const seen = afterEachCommit(() => {
      const cells = within(row).getAllByRole('cell')
      return {
        control: currency.value,
        card: premiums.querySelector('.kpi-value')?.textContent ?? '',
        value: cells[0]?.firstChild?.textContent ?? '',
        unit: cells[1]?.textContent ?? '',
      }
    })
    currency.value = 'USD'
    currency.dispatchEvent(new Event('change', { bubbles: true }))
    await waitFor(() => expect(seen.at(-1)?.card).toBe('USD 1.48 billion+'))
    // The control's own commit comes first, before any figure is converted.
    expect(seen[0]).toMatchObject({ control: 'USD', card: 'CNY 10 billion+' })
    // In every commit the headline card and the table's figure and unit are in the same currency.
    for (const state of seen) {
      const usd = state.card.startsWith('USD')
      expect(state.value.startsWith('USD'), JSON.stringify(state)).toBe(usd)
      expect(state.unit, JSON.stringify(state)).toMatch(usd ? /USD|dollar/i : /CNY|yuan/i)
    }
  })

  it('answers which goals were met before the data-quality notice', async () => {
    renderApp('/')
    const scorecard = await screen.findByRole('region', { name: '2017 at a glance' })
    expect(scorecard).toHaveTextContent('7 of 7goals met')
    expect(scorecard).toHaveTextContent(
      'Of the 7 targets the release states or implies, 7 were met. It reports 20 more figures without a target; 11 of them are drawn beside illustrative references, which judge nothing.',
    )
    expect(scorecard).toHaveTextContent('53 days early')
    const goals = within(scorecard).getByRole('list', { name: 'Goals and their verdicts' })
    expect(within(goals).getAllByRole('listitem')).toHaveLength(7)
    expect(within(goals).getAllByText('Met')).toHaveLength(7)
    const notice = screen.getByRole('complementary', { name: /data-quality findings/ })
    // The answer comes first; the notice follows it.
    expect(
      scorecard.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy()
  })

  it('reads a stated target of 0 as "cannot be judged", never met, in both languages', async () => {
    const quote = dataset2017.metrics.find((m) => m.id === 'innovation.submissions')?.provenance
      .quote
    const zero = {
      ...dataset2017,
      targets: dataset2017.targets.map((t) =>
        t.metric === 'innovation.submissions'
          ? { ...t, provenance: 'stated' as const, value: 0, quote }
          : t,
      ),
    }
    server.use(http.get(DATASET_URL, () => HttpResponse.json(zero)))
    const { unmount } = renderApp('/')
    const scorecard = await screen.findByRole('region', { name: '2017 at a glance' })
    expect(scorecard).toHaveTextContent('7 of 7goals met')
    expect(scorecard).toHaveTextContent(
      'Of the 7 targets the release states or implies, 7 were met.',
    )
    const goals = within(scorecard).getByRole('list', { name: 'Goals and their verdicts' })
    expect(within(goals).getAllByText('Met')).toHaveLength(7)
    expect(within(goals).getByText('Cannot be judged')).toBeInTheDocument()
    const table = await screen.findByRole('table', { name: 'Every metric in the 2017 dataset' })
    const row = within(table).getByText('Innovations submitted').closest('tr')
    if (!row) throw new Error('no row')
    expect(within(row).getByText('Cannot be judged')).toBeInTheDocument()
    expect(within(row).queryByText('Met')).not.toBeInTheDocument()
    unmount()
    await act(() => i18n.loadAndActivate({ locale: 'zh-CN', messages: zh }))
    onTestFinished(() => act(() => i18n.loadAndActivate({ locale: 'en', messages: en })))
    renderApp('/')
    const zhTable = await screen.findByRole('table', { name: /数据集全部指标/ })
    const zhRow = within(zhTable).getByText('提交创新成果数').closest('tr')
    if (!zhRow) throw new Error('no row')
    expect(within(zhRow).getByText('无法判断')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: /概览/ })).toHaveTextContent('无法判断')
  })

  it('flags the data-quality error in a notice that links to the data page', async () => {
    renderApp('/')
    const notice = await screen.findByRole('complementary', { name: /9 data-quality findings/ })
    expect(notice).toHaveTextContent('Stated conversion is about 926× too small; USD 1.48 billion')
    expect(within(notice).getByRole('link', { name: /every finding/ })).toHaveAttribute(
      'href',
      '/data',
    )
  })

  it('opens an event detail with its figures, quotes and findings, and closes it', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/')
    // The event's card (the timeline's lane link opens the same detail, and may arrive with it).
    const events = (await screen.findByText('The ten events')).closest('section') ?? document.body
    await user.click(await within(events).findByRole('link', { name: /Double 10 billion/ }))
    const dialog = await screen.findByRole('dialog', { name: /Double 10 billion/ })
    expect(router.state.location.search).toMatchObject({ event: 5 })
    expect(within(dialog).getByText('Days ahead of the year-end deadline')).toBeInTheDocument()
    expect(
      within(dialog).getByText(/US\$1\.6 million\) in 2017\./, { selector: 'blockquote' }),
    ).toBeInTheDocument()
    expect(within(dialog).getByText(/926× too small/)).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: /Close/ }))
    await waitFor(() => expect(router.state.location.search).not.toHaveProperty('event'))
  })

  it('shows a clear error with a retry when the data service fails', async () => {
    server.use(...scenarios.error())
    renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent("Couldn't load the dataset")
    expect(alert).toHaveTextContent('The data service answered with an error (HTTP 500).')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    // The header still names whose figures these are, from the dataset index.
    expect(
      await within(screen.getByRole('banner')).findByText('China Post Group'),
    ).toBeInTheDocument()
  })

  it('drops a bad event number and an unknown parameter with a notice', async () => {
    const { router } = renderApp('/?event=42&colour=red&currency=USD')
    expect(await screen.findByRole('heading', { name: 'Headline results' })).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    // The notice shows while the data may still be loading (another status).
    expect(await screen.findByText(/unknown or invalid: event, colour/)).toBeInTheDocument()
    await waitFor(() => expect(router.state.location.search).toEqual({ currency: 'USD' }))
  })

  it('narrows cards, events and the table to the analyst filters in the URL', async () => {
    renderApp('/?categories=%5B%22finance%22%2C%22insurance%22%5D')
    const bar = await screen.findByText('Filtered view: 6 of 27 metrics.')
    expect(bar).toBeInTheDocument()
    const headline = screen.getByRole('heading', { name: 'Headline results' }).closest('section')
    if (!headline) throw new Error('no headline section')
    expect(
      within(headline)
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-labelledby')),
    ).toEqual(['kpi-psbc.preferred-shares', 'kpi-insurance.new-premiums'])
    const events = screen.getByRole('heading', { name: 'The ten events' }).closest('section')
    if (!events) throw new Error('no events section')
    expect(within(events).getAllByRole('listitem')).toHaveLength(2)
    const table = await screen.findByRole('table', { name: 'Every metric in the 2017 dataset' })
    expect(within(table).getAllByRole('row')).toHaveLength(7)
    expect(screen.getByRole('link', { name: 'Clear filters' })).toBeInTheDocument()
  })

  it('lists the first 100 metrics of a large dataset and leads to /explore for the rest', async () => {
    const big = syntheticDataset(dataset2017, 4)
    server.use(http.get(DATASET_URL, () => HttpResponse.json(big)))
    const user = userEvent.setup()
    const { router } = renderApp('/?currency=USD')
    const table = await screen.findByRole(
      'table',
      { name: /^The first 100 of 108 metrics/ },
      { timeout: 30_000 },
    )
    expect(within(table).getAllByRole('rowheader')).toHaveLength(100)
    expect(screen.getByText('Only the first 100 of 108 metrics are listed here.')).toBeDefined()
    await user.click(
      screen.getByRole('link', { name: 'Search, filter and sort all 108 in Explore' }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe('/explore'))
    expect(router.state.location.search).toMatchObject({ currency: 'USD' })
  }, 45_000)
})
