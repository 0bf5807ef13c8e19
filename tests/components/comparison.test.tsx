import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { server } from '../../mocks/node'
import { scenarios } from '../../mocks/scenarios'
import { renderApp } from '../utils'

/** Every URL the app asks for while a test runs. */
function recordRequests() {
  const urls: string[] = []
  const listener = ({ request }: { request: Request }) => {
    urls.push(new URL(request.url).pathname)
  }
  server.events.on('request:start', listener)
  return { urls, stop: () => server.events.removeListener('request:start', listener) }
}

const rowOf = async (label: string) =>
  (await screen.findByRole('rowheader', { name: new RegExp(label) })).closest('tr') as HTMLElement

describe('the same figure in another period (synthetic test datasets only)', () => {
  it('shows a figure another dataset defines the same way, with its dataset and period', async () => {
    server.use(...scenarios.synthetic())
    renderApp('/explore?year=synthetic-demo&metric=synthetic.lockers')
    const drawer = await screen.findByRole('dialog', { name: 'Synthetic parcel lockers installed' })
    const section = await within(drawer).findByRole('region', { name: 'Other periods' })
    const item = within(section).getByRole('listitem')
    expect(item).toHaveTextContent('2098: 800 (Synthetic demo 2098 (test data))')
    // The dataset's name opens the same metric there.
    expect(
      within(item).getByRole('link', { name: 'Synthetic demo 2098 (test data)' }),
    ).toHaveAttribute('href', '/explore?year=synthetic-demo-previous&metric=synthetic.lockers')
    // The table says it under the value, on the metric's row only.
    expect(
      within(await rowOf('Synthetic parcel lockers installed')).getByText('2098: 800'),
    ).toBeInTheDocument()
  })

  it('works from either side: the earlier dataset shows the later figure', async () => {
    server.use(...scenarios.synthetic())
    renderApp('/explore?year=synthetic-demo-previous&metric=synthetic.lockers')
    const drawer = await screen.findByRole('dialog', { name: 'Synthetic parcel lockers installed' })
    const section = await within(drawer).findByRole('region', { name: 'Other periods' })
    expect(section).toHaveTextContent('2099: 1,200 (Synthetic demo 2099 (test data))')
  })

  it.each([
    // The previous dataset gives the fund in US dollars: another unit.
    ['synthetic.fund-raised', 'Synthetic savings fund raised'],
    // Same id there, but it counts planned days, not attended ones: another definition.
    ['synthetic.training-days', 'Synthetic training days attended'],
    // No such metric there at all.
    ['synthetic.fund-share', 'Synthetic share of the fund held'],
  ])(
    'implies nothing for %s, which the other dataset does not define the same way',
    async (id, label) => {
      server.use(...scenarios.synthetic())
      renderApp(`/explore?year=synthetic-demo&metric=${id}`)
      const drawer = await screen.findByRole('dialog', { name: label })
      // Wait until the comparable figure elsewhere has arrived, so its absence here means something.
      await within(await rowOf('Synthetic parcel lockers installed')).findByText('2098: 800')
      expect(
        within(drawer).queryByRole('region', { name: 'Other periods' }),
      ).not.toBeInTheDocument()
      expect(within(await rowOf(label)).queryByText(/^2098/)).not.toBeInTheDocument()
    },
  )

  it('asks for no other dataset while only one is published', async () => {
    const requests = recordRequests()
    try {
      renderApp('/explore?metric=insurance.new-premiums')
      await screen.findByRole('dialog')
      // The header asks for the index once the dataset is in; that index lists only 2017.
      await waitFor(() => expect(requests.urls).toContain('/api/v1/kpis/index.json'))
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect([...new Set(requests.urls)].sort()).toEqual([
        '/api/v1/kpis/2017.json',
        '/api/v1/kpis/index.json',
      ])
      expect(screen.queryByRole('region', { name: 'Other periods' })).not.toBeInTheDocument()
    } finally {
      requests.stop()
    }
  })
})

describe('the other period in the family charts (synthetic test datasets only)', () => {
  const legendEntry = '2098 (Synthetic demo 2098 (test data))'

  it('draws the other figure beside a shared metric, names it in the legend and the table', async () => {
    server.use(...scenarios.synthetic())
    renderApp('/?year=synthetic-demo')
    const lockers = await screen.findByRole(
      'figure',
      { name: 'Synthetic lockers reach more regions' },
      { timeout: 10_000 },
    )
    const legend = within(lockers).getAllByRole('list')[0] as HTMLElement
    expect(await within(legend).findByText(legendEntry)).toBeInTheDocument()
    // The mark of the shared metric says the other figure too; the one beside it has none. The
    // marks are the live chart's, whose code (recharts) loads after the panel's legend.
    expect(
      await within(lockers).findByRole('button', {
        name: /Synthetic parcel lockers installed, 1,200 \(2098: 800\)/,
      }),
    ).toBeInTheDocument()
    expect(
      within(lockers).getByRole('button', { name: /Synthetic provinces with lockers, 20,/ }),
    ).toBeInTheDocument()
    await userEvent.click(within(lockers).getByRole('button', { name: 'Show as table' }))
    const table = within(lockers).getByRole('table')
    const row = within(table).getByRole('rowheader', { name: /Synthetic parcel lockers installed/ })
    expect(row.closest('tr')).toHaveTextContent('2098: 800')
    const provinces = within(table).getByRole('rowheader', { name: /Synthetic provinces/ })
    expect(provinces.closest('tr')).not.toHaveTextContent('2098')
    // A fund given in another currency there, days of another definition: nothing implied.
    for (const name of ['Synthetic savings fund', 'Synthetic training days']) {
      const figure = screen.getByRole('figure', { name })
      expect(figure).not.toHaveTextContent(/2098/)
    }
  })

  it('draws it on the event’s slide too, from the other side', async () => {
    server.use(...scenarios.synthetic())
    renderApp('/present?year=synthetic-demo-previous&slide=2')
    const chart = await screen.findByRole(
      'figure',
      { name: /Synthetic lockers/ },
      { timeout: 10_000 },
    )
    expect(
      await within(chart).findByText('2099 (Synthetic demo 2099 (test data))'),
    ).toBeInTheDocument()
    // Its text alternative says it after the figure against its target.
    expect(chart).toHaveTextContent(
      /800 against the stated target of 900 \(below target\); 2099: 1,200\./,
    )
  })

  it('draws nothing more, and asks for no other dataset, while only one is published', async () => {
    const requests = recordRequests()
    try {
      renderApp('/')
      await screen.findByRole('figure', { name: /PSBC/ }, { timeout: 10_000 })
      await waitFor(() => expect(requests.urls).toContain('/api/v1/kpis/index.json'))
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect([...new Set(requests.urls)].sort()).toEqual([
        '/api/v1/kpis/2017.json',
        '/api/v1/kpis/index.json',
      ])
      expect(document.querySelector('.chart-other-period')).toBeNull()
    } finally {
      requests.stop()
    }
  })
})
