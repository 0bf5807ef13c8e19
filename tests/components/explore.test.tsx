import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { onTestFinished, vi } from 'vitest'
import { dataset2017 } from '../../mocks/dataset'
import { DATASET_URL } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import { targetOverridesStore } from '../../src/api/target-overrides'
import type { Dataset } from '../../src/domain/schema'
import { afterEachCommit, inChinese, renderApp } from '../utils'

beforeEach(() => {
  targetOverridesStore.update(() => [])
  window.localStorage.clear()
})

const TOTAL = dataset2017.metrics.length

/** The first render loads the lazy explore chunk, which can take a while on a cold start. */
async function table() {
  return screen.findByRole('table', { name: /^Metrics:/ }, { timeout: 5_000 })
}

/** Metric labels of the table's rows, in order. */
function rowLabels(t: HTMLElement): string[] {
  return within(t)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent ?? '')
}

function rowOf(t: HTMLElement, label: string) {
  const link = within(t).getByRole('link', { name: label })
  const row = link.closest('tr')
  if (!row) throw new Error(`no row for ${label}`)
  return row
}

const search = (router: ReturnType<typeof renderApp>['router']) => router.state.location.search

describe('explore', () => {
  it('shows a chip for each URL filter; removing one updates the table and the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderApp(
      '/explore?categories=["finance","insurance"]&provenance=["stated"]',
    )
    const t = await table()
    expect(rowLabels(t)).toEqual([
      'New regular premiums, China Post Insurance',
      'Renewal regular premiums, China Post Insurance',
    ])
    const live = screen
      .getAllByRole('status')
      .find((s) => s.textContent === `2 of ${TOTAL} metrics`)
    expect(live).toHaveAttribute('aria-live', 'polite')
    const chips = screen.getByRole('list', { name: 'Active filters' })
    expect(within(chips).getAllByRole('listitem')).toHaveLength(3)

    await user.click(screen.getByRole('button', { name: 'Remove filter: Target Stated' }))
    await waitFor(() => expect(search(router)).not.toHaveProperty('provenance'))
    expect(search(router)).toMatchObject({ categories: ['finance', 'insurance'] })
    const finance = dataset2017.metrics.filter((m) =>
      ['finance', 'insurance'].includes(m.category),
    ).length
    // The table follows the filters in a deferred render.
    await waitFor(async () => expect(rowLabels(await table())).toHaveLength(finance))
    expect(screen.getByText(`${finance} of ${TOTAL} metrics`)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Remove filter: Category Finance' }))
    await waitFor(() => expect(search(router)).toMatchObject({ categories: ['insurance'] }))
  })

  it('clears every filter at once', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/explore?statuses=["met"]&flagged=false&q=premiums&sort=label')
    await table()
    await user.click(await screen.findByRole('button', { name: 'Clear all' }))
    await waitFor(() => expect(search(router)).toEqual({ sort: 'label' }))
    await waitFor(async () => expect(rowLabels(await table())).toHaveLength(TOTAL))
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument()
  })

  it('filters through the panel and writes the filters to the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/explore')
    await table()
    const category = screen.getByRole('group', { name: 'Category' })
    await user.click(within(category).getByRole('checkbox', { name: /^Finance/ }))
    await user.click(within(category).getByRole('checkbox', { name: /^Insurance/ }))
    const provenance = screen.getByRole('group', { name: 'Target provenance' })
    await user.click(within(provenance).getByRole('checkbox', { name: /^Stated/ }))
    await user.click(
      within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', { name: /Met/ }),
    )
    await waitFor(() =>
      expect(search(router)).toEqual({
        categories: ['finance', 'insurance'],
        provenance: ['stated'],
        statuses: ['met'],
      }),
    )
    await waitFor(async () => expect(rowLabels(await table())).toHaveLength(2))
    // Each option says how many metrics it gives with the other filters as they are.
    expect(
      within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', {
        name: /^Below target,\s?0$/,
      }),
    ).toBeDefined()
    expect(within(category).getByRole('checkbox', { name: /^Finance,\s?0$/ })).toBeChecked()

    await user.type(screen.getByRole('searchbox', { name: 'Search labels and quotes' }), '续期')
    await waitFor(() => expect(search(router)).toMatchObject({ q: '续期' }))
    await waitFor(async () =>
      expect(rowLabels(await table())).toEqual(['Renewal regular premiums, China Post Insurance']),
    )
  })

  it('answers a filter click in the checkbox first; counts, chips and rows follow together, never mixed', async () => {
    renderApp('/explore')
    const t = await table()
    const category = screen.getByRole('group', { name: 'Category' })
    const finance = within(category).getByRole<HTMLInputElement>('checkbox', { name: /^Finance/ })
    // The option's count ("Finance, 1": the comma is for screen readers).
    const financeCount = Number(/\d+$/.exec(finance.closest('label')?.textContent ?? '')?.[0])
    // Another facet's option: its count follows the category filter.
    const met = within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', {
      name: /^Met/,
    })
    const otherCount = () => met.closest('label')?.textContent ?? ''
    const countBefore = otherCount()
    const resultCount = () => document.querySelector('.result-count strong')?.textContent ?? ''
    const seen = afterEachCommit(() => ({
      checked: finance.checked,
      count: resultCount(),
      rows: within(t).queryAllByRole('rowheader').length,
      chips: document.querySelectorAll('.chip-list .chip').length,
      other: otherCount(),
    }))
    finance.click()
    await waitFor(() => expect(seen.at(-1)?.rows).toBe(financeCount))
    // The checkbox's own commit comes first, before any figure changes.
    expect(seen.find((state) => state.checked)).toMatchObject({
      checked: true,
      count: `${TOTAL} of ${TOTAL} metrics`,
      rows: TOTAL,
      chips: 0,
      other: countBefore,
    })
    // In every commit the result count, the chips, the rows and the other options' counts agree.
    for (const state of seen) {
      const filtered = state.rows === financeCount
      expect(state.count, JSON.stringify(state)).toBe(
        `${filtered ? financeCount : TOTAL} of ${TOTAL} metrics`,
      )
      expect(state.chips, JSON.stringify(state)).toBe(filtered ? 1 : 0)
      expect(state.other === countBefore, JSON.stringify(state)).toBe(!filtered)
    }
  })

  it('sorts by a header: aria-sort and row order toggle, ties keep dataset order', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/explore?categories=["innovation"]')
    const t = await table()
    const header = within(t).getByRole('columnheader', { name: /Value/ })
    expect(header).not.toHaveAttribute('aria-sort')

    await user.click(within(header).getByRole('button', { name: /Value/ }))
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'ascending'))
    expect(search(router)).toMatchObject({ sort: 'value', dir: 'asc' })
    const ascending = rowLabels(t)
    expect(ascending[0]).toBe('Science & technology innovation: first prizes')
    expect(ascending.at(-1)).toBe('People on the cloud innovation platform')
    // 30 third prizes, 30 gadgets and 30 management third prizes tie: dataset order.
    const thirty = ascending.filter((l) => /third|gadget/i.test(l))
    const dataOrder = dataset2017.metrics
      .filter((m) => m.category === 'innovation' && m.value === 30)
      .map((m) => m.label.en)
    expect(thirty).toEqual(dataOrder)

    await user.click(within(header).getByRole('button', { name: /Value/ }))
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'descending'))
    expect(rowLabels(t)[0]).toBe('People on the cloud innovation platform')
  })

  it('opens the drawer from a row with the quote marked in its paragraph, and closes it', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/explore?categories=["insurance"]')
    const t = await table()
    const trigger = within(t).getByRole('link', {
      name: 'New regular premiums, China Post Insurance',
    })
    await user.click(trigger)
    const drawer = await screen.findByRole('dialog', {
      name: 'New regular premiums, China Post Insurance',
    })
    expect(search(router)).toMatchObject({ metric: 'insurance.new-premiums' })
    const quote =
      'China Post Insurance brought about its goal ahead of schedule on November 8, hitting a historical high.'
    const mark = within(drawer).getByText(quote, { selector: 'mark' })
    // The mark sits inside its paragraph of the release, which goes on after it.
    expect(mark.closest('p')?.textContent).toMatch(/^China Post Insurance brought .+ Joining hands/)
    expect(within(drawer).getByText(/Stated target: the source states this goal/)).toBeDefined()
    expect(
      within(drawer).getByRole('link', { name: 'Renewal regular premiums, China Post Insurance' }),
    )

    // A related metric switches the drawer.
    await user.click(
      within(drawer).getByRole('link', { name: 'Renewal regular premiums, China Post Insurance' }),
    )
    await screen.findByRole('dialog', { name: 'Renewal regular premiums, China Post Insurance' })
    expect(search(router)).toMatchObject({ metric: 'insurance.renewal-premiums' })

    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(search(router)).not.toHaveProperty('metric'))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await waitFor(() =>
      expect(
        within(t).getByRole('link', { name: 'Renewal regular premiums, China Post Insurance' }),
      ).toHaveFocus(),
    )
  })

  it('rejects a bad target with a message and keeps the old one; a good one is Analyst', async () => {
    const user = userEvent.setup()
    renderApp('/explore?metric=carnival.members')
    const drawer = await screen.findByRole('dialog', {
      name: 'Online members during the 919 Shopping Carnival',
    })
    const input = within(drawer).getByRole('textbox', { name: /^What-if target for/ })
    // An illustrative reference gives no verdict until an analyst sets a target.
    expect(within(drawer).getByText('Reference only')).toBeDefined()

    await user.clear(input)
    await user.type(input, 'lots')
    await user.click(within(drawer).getByRole('button', { name: 'Set target' }))
    const error = within(drawer).getByRole('alert')
    expect(error).toHaveTextContent('“lots” is not a number.')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(/is not a number/)
    expect(targetOverridesStore.get()).toEqual([])
    expect(within(drawer).getByText(/at least 250,000/)).toBeDefined()

    await user.clear(input)
    await user.type(input, '1 million')
    await user.click(within(drawer).getByRole('button', { name: 'Set target' }))
    await waitFor(() => expect(within(drawer).getByText(/at least 1,000,000|at least 1 million/)))
    expect(within(drawer).getByText('Analyst')).toBeDefined()
    expect(within(drawer).getByText('Below target')).toBeDefined()
    expect(targetOverridesStore.get()).toMatchObject([
      { metric: 'carnival.members', value: 1_000_000, unit: 'people' },
    ])
    // The table behind the drawer recomputes too.
    const row = rowOf(await table(), 'Online members during the 919 Shopping Carnival')
    expect(within(row).getByText('Below target')).toBeDefined()

    await user.click(within(drawer).getByRole('button', { name: 'Reset target' }))
    await waitFor(() => expect(targetOverridesStore.get()).toEqual([]))
    expect(within(drawer).getByText('Reference only')).toBeDefined()
  })

  it('a search for a person lists the milestones that name them, linked to their event', async () => {
    renderApp('/explore?q=Xi Jinping')
    const note = await screen.findByText(/milestones? without figures also match/)
    const links = within(note.parentElement as HTMLElement).getAllByRole('link')
    expect(links.length).toBeGreaterThan(0)
    expect(links[0]).toHaveTextContent(/^Event 1, /)
    expect(links[0]).toHaveAttribute('href', expect.stringContaining('event=1'))
  })

  it('edits a target in the table cell', async () => {
    const STAKE = 'Stake in sposter.net bought by China Post Capital with Cainiao and Fosun'
    const user = userEvent.setup()
    renderApp('/explore')
    const t = await table()
    await user.click(within(t).getByRole('button', { name: `Edit target for ${STAKE}` }))
    const input = within(t).getByRole('textbox', { name: `Target for ${STAKE}` })
    expect(input).toHaveFocus()
    await user.clear(input)
    await user.type(input, '80%{Enter}')
    const row = rowOf(t, STAKE)
    await waitFor(() => expect(within(row).getByText('Below target')).toBeDefined())
    // In its column, and under the target where that column hides (CSS shows one: table.css).
    expect(within(row).getAllByRole('button', { name: 'Analyst target' })).toHaveLength(2)
  })

  it('opens the cell editor with the current target selected, so typing replaces it', async () => {
    const user = userEvent.setup()
    renderApp('/explore')
    const t = await table()
    const label = 'Online members during the 919 Shopping Carnival'
    await user.click(within(t).getByRole('button', { name: `Edit target for ${label}` }))
    const input = within(t).getByRole('textbox', { name: `Target for ${label}` })
    expect(input).toHaveFocus()
    const text = (input as HTMLInputElement).value
    expect(text).not.toBe('')
    expect(input).toHaveProperty('selectionStart', 0)
    expect(input).toHaveProperty('selectionEnd', text.length)
    await user.keyboard('1.5 million')
    expect(input).toHaveValue('1.5 million')
  })

  it('reports a broken targets file by entry and changes nothing', async () => {
    const user = userEvent.setup()
    targetOverridesStore.update(() => [
      { metric: 'carnival.members', value: 400_000, unit: 'people', setAt: '2026-01-01T00:00:00Z' },
    ])
    renderApp('/explore')
    await table()
    const file = new File(
      [
        JSON.stringify({
          kind: 'cp-kpi-target-overrides',
          version: 1,
          dataset: 'china-post-2017',
          overrides: [
            { metric: 'carnival.members', value: 1, unit: 'people', setAt: 'x' },
            { metric: 'no.such-metric', value: 1, unit: 'count', setAt: 'x' },
          ],
        }),
      ],
      'targets.json',
      { type: 'application/json' },
    )
    await user.upload(screen.getByLabelText('Targets file to import'), file)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Entry 2: unknown metric “no.such-metric”')
    expect(alert).toHaveTextContent('Nothing was changed.')
    expect(targetOverridesStore.get()).toMatchObject([
      { metric: 'carnival.members', value: 400_000 },
    ])
  })

  it('previews an import, then merges or replaces as chosen', async () => {
    const user = userEvent.setup()
    const setAt = '2026-01-01T00:00:00Z'
    targetOverridesStore.update(() => [
      { metric: 'carnival.members', value: 400_000, unit: 'people', setAt },
      { metric: 'innovation.submissions', value: 900, unit: 'count', setAt },
    ])
    renderApp('/explore')
    await table()
    const targetsFile = () =>
      new File(
        [
          JSON.stringify({
            kind: 'cp-kpi-target-overrides',
            version: 1,
            dataset: 'china-post-2017',
            overrides: [
              { metric: 'carnival.members', value: 600_000, unit: 'people' },
              { metric: 'logistics.sposter-stake', value: 80, unit: 'percent' },
            ],
          }),
        ],
        'team.json',
        { type: 'application/json' },
      )
    await user.upload(screen.getByLabelText('Targets file to import'), targetsFile())
    const preview = await screen.findByRole('region', { name: 'Import “team.json”?' })
    expect(preview).toHaveTextContent('1 to add, 1 to change, 0 to remove, 0 unchanged.')
    const changes = within(preview).getByRole('table', { name: 'What will change' })
    expect(within(changes).getByRole('row', { name: /Online members/ })).toHaveTextContent(
      '400,000600,000',
    )
    // Nothing changes until the reader confirms.
    expect(targetOverridesStore.get()).toHaveLength(2)
    await user.click(within(preview).getByRole('radio', { name: /^Replace/ }))
    expect(preview).toHaveTextContent('1 to add, 1 to change, 1 to remove, 0 unchanged.')
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('region', { name: 'Import “team.json”?' })).toBeNull()

    await user.upload(screen.getByLabelText('Targets file to import'), targetsFile())
    await user.click(await screen.findByRole('button', { name: 'Import' }))
    expect(
      await screen.findByText('Imported “team.json”: 1 added, 1 changed, 0 removed.'),
    ).toBeDefined()
    expect(targetOverridesStore.get().map((o) => [o.metric, o.value])).toEqual([
      ['carnival.members', 600_000],
      ['innovation.submissions', 900],
      ['logistics.sposter-stake', 80],
    ])
  })

  it('with storage over quota, a target edit and an import say “Not saved on this device” and stay in the page', async () => {
    const quota = vi.spyOn(Storage.prototype, 'setItem').mockImplementation((key) => {
      if (key === 'cp-kpi:target-overrides') throw new DOMException('full', 'QuotaExceededError')
    })
    onTestFinished(() => {
      quota.mockRestore()
      targetOverridesStore.update(() => [])
    })
    const STAKE = 'Stake in sposter.net bought by China Post Capital with Cainiao and Fosun'
    const user = userEvent.setup()
    renderApp('/explore')
    const t = await table()
    await user.click(within(t).getByRole('button', { name: `Edit target for ${STAKE}` }))
    await user.type(within(t).getByRole('textbox', { name: `Target for ${STAKE}` }), '80%{Enter}')
    const notSaved = await screen.findByText(/^Not saved on this device: the browser refused/)
    expect(notSaved).toBeInTheDocument()
    // The edit is in force in this tab all the same.
    await waitFor(() => expect(within(rowOf(t, STAKE)).getByText('Below target')).toBeDefined())

    const file = new File(
      [
        JSON.stringify({
          kind: 'cp-kpi-target-overrides',
          version: 1,
          dataset: 'china-post-2017',
          overrides: [{ metric: 'carnival.members', value: 600_000, unit: 'people' }],
        }),
      ],
      'team.json',
      { type: 'application/json' },
    )
    await user.upload(screen.getByLabelText('Targets file to import'), file)
    // By text: a role query over the whole table is slow in jsdom.
    await user.click(await screen.findByText('Import', { selector: 'button' }, { timeout: 5_000 }))
    await waitFor(() =>
      expect(targetOverridesStore.get().map((o) => [o.metric, o.value])).toEqual([
        ['logistics.sposter-stake', 80],
        ['carnival.members', 600_000],
      ]),
    )
    expect(screen.getByText(/^Not saved on this device: the browser refused/)).toBeInTheDocument()
    // Not reported as imported: it is not on this device.
    expect(screen.queryByText(/^Imported “team.json”/)).toBeNull()
    const members = rowOf(t, 'Online members during the 919 Shopping Carnival')
    await waitFor(() => expect(within(members).getByText('Below target')).toBeDefined())
  }, 30_000)

  it('resets all targets only after a confirmation', async () => {
    const user = userEvent.setup()
    targetOverridesStore.update(() => [
      { metric: 'carnival.members', value: 400_000, unit: 'people', setAt: '2026-01-01T00:00:00Z' },
    ])
    renderApp('/explore')
    await table()
    await user.click(screen.getByRole('button', { name: 'Reset all targets' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(targetOverridesStore.get()).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Reset all targets' }))
    await user.click(screen.getByRole('button', { name: 'Yes, reset all' }))
    expect(targetOverridesStore.get()).toEqual([])
  })

  it('sets aside an older stored what-if of 0, with a notice; the other targets stay', async () => {
    const setAt = '2026-01-01T00:00:00Z'
    targetOverridesStore.update(() => [
      { metric: 'innovation.submissions', value: 0, unit: 'count', setAt },
      { metric: 'carnival.members', value: 400_000, unit: 'people', setAt },
    ])
    renderApp('/explore')
    const t = await table()
    expect(
      await screen.findByText(
        'One what-if target from an earlier visit could not be used (a target of 0 cannot be judged) and was set aside and kept on this device.',
      ),
    ).toBeInTheDocument()
    expect(targetOverridesStore.get().map((o) => o.metric)).toEqual(['carnival.members'])
    expect(targetOverridesStore.setAside()).toHaveLength(1)
    expect(within(rowOf(t, 'Innovations submitted')).queryByText('Met')).not.toBeInTheDocument()
    targetOverridesStore.discardSetAside()
  })

  it('saves a view as a link, opens, renames and deletes it', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/explore?categories=["finance"]&sort=value&dir=desc')
    await table()
    await user.type(screen.getByRole('textbox', { name: 'Name this view' }), 'Finance by value')
    await user.click(screen.getByRole('button', { name: 'Save view' }))
    const link = await screen.findByRole('link', { name: 'Finance by value' })
    // A saved view names its dataset, so it reopens the same year after a newer one appears.
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe(
      '/explore?year=2017&categories=["finance"]&sort=value&dir=desc',
    )
    expect(link).toHaveAttribute('aria-current', 'page')

    // Change the view, then come back to the saved one.
    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    await waitFor(() => expect(link).not.toHaveAttribute('aria-current'))
    await user.click(link)
    await waitFor(() =>
      expect(search(router)).toMatchObject({ categories: ['finance'], sort: 'value', dir: 'desc' }),
    )

    await user.click(screen.getByRole('button', { name: 'Rename view “Finance by value”' }))
    const input = screen.getByRole('textbox', { name: 'New name for “Finance by value”' })
    await user.clear(input)
    await user.type(input, 'PSBC{Enter}')
    expect(await screen.findByRole('link', { name: 'PSBC' })).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Delete view “PSBC”' }))
    expect(screen.queryByRole('link', { name: 'PSBC' })).not.toBeInTheDocument()
  })

  it('says so when the metric in the link does not exist', async () => {
    renderApp('/explore?metric=no.such-metric')
    const drawer = await screen.findByRole('dialog', { name: 'Metric not found' })
    expect(drawer).toHaveTextContent('No metric has the id no.such-metric')
  })

  it('renders only a window of rows for a large dataset', async () => {
    const base = dataset2017.metrics[1]
    if (!base) throw new Error('no metric')
    const big: Dataset = {
      ...dataset2017,
      metrics: Array.from({ length: 10_000 }, (_, i) => ({
        ...base,
        id: `synthetic.metric-${i}`,
        label: { en: `Synthetic metric ${i}`, 'zh-CN': `合成指标${i}` },
        value: (i * 7919) % 10_000,
      })),
      targets: [],
      events: dataset2017.events.map((e) => {
        const { keyMetric: _, ...rest } = e
        return rest
      }),
    }
    server.use(http.get(DATASET_URL, () => HttpResponse.json(big)))
    renderApp('/explore?sort=value')
    const t = await screen.findByRole(
      'table',
      { name: /^Metrics: 10,000 of 10,000/ },
      { timeout: 10_000 },
    )
    const rendered = within(t).getAllByRole('rowheader')
    expect(rendered.length).toBeGreaterThan(10)
    expect(rendered.length).toBeLessThan(100)
    expect(t).toHaveAttribute('aria-rowcount', '10001')
    expect(rendered[0]?.closest('tr')).toHaveAttribute('aria-rowindex', '2')
  }, 20_000)

  describe('in Chinese', () => {
    // The test setup reads the English catalog; this test switches to the raw Chinese one.
    inChinese()

    it('shows Chinese headers, chips and counts, with figures in 万 and 亿', async () => {
      const user = userEvent.setup()
      const { router } = renderApp('/explore?lang=zh-CN&categories=["insurance"]')
      const t = await screen.findByRole(
        'table',
        { name: /^指标：显示5项，共27项/ },
        { timeout: 5_000 },
      )
      const headers = within(t)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim())
      expect(headers).toEqual([
        '指标',
        '数值',
        '目标',
        '达成率',
        '状态',
        '目标来源',
        '条目',
        '类别',
        '单位',
        '日期',
      ])
      expect(
        screen.getAllByRole('status').find((s) => s.textContent === '显示5项，共27项指标'),
      ).toHaveAttribute('aria-live', 'polite')

      // Figures as a Chinese reader writes them, and labels in Chinese.
      const usd = rowOf(t, '新闻稿所列100亿元目标的美元换算值')
      expect(within(usd).getByText('160万美元')).toBeInTheDocument()
      expect(within(usd).getByText('1项问题')).toBeInTheDocument()
      const premiums = rowOf(t, '中邮保险新单期交保费')
      expect(within(premiums).getByText('超过100亿元')).toBeInTheDocument()
      expect(within(premiums).getByText('已达成')).toBeInTheDocument()

      // The chip names the filter in Chinese and removes it.
      const chips = screen.getByRole('list', { name: '当前筛选条件' })
      expect(within(chips).getByRole('listitem')).toHaveTextContent('类别：保险')
      await user.click(screen.getByRole('button', { name: '移除筛选条件：类别，保险' }))
      await waitFor(() => expect(router.state.location.search).not.toHaveProperty('categories'))
      const all = await screen.findByRole('table', { name: /^指标：显示27项，共27项/ })
      expect(screen.getByRole('group', { name: '类别' })).toBeInTheDocument()

      // A count's unit is its measure word: 136家单位, 9项一等奖, 约41个巡视组 (in its column and
      // under the value where that column hides; CSS shows one: table.css).
      expect(within(rowOf(all, '巡视下属单位数')).getAllByText('家')).toHaveLength(2)
      expect(within(rowOf(all, '科技创新成果一等奖')).getAllByText('项')).toHaveLength(2)
      expect(within(rowOf(all, '派出巡视组数')).getAllByText('个')).toHaveLength(2)
    })
  })
})
