import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { server } from '../../mocks/node'
import { scenarios } from '../../mocks/scenarios'
import { renderApp } from '../utils'

describe('several datasets', () => {
  it('shows no picker while only one dataset is published', async () => {
    renderApp('/')
    await screen.findByRole('heading', { name: '2017 in figures' })
    expect(screen.queryByRole('combobox', { name: 'Dataset' })).not.toBeInTheDocument()
  })

  it('opens the dataset that ?year= names, with its own names in the header and footer', async () => {
    server.use(...scenarios.synthetic())
    renderApp('/?year=synthetic-demo')
    expect(await screen.findByRole('heading', { name: '2099 in figures' })).toBeInTheDocument()
    expect(
      screen.getByText(/5 figures from Synthetic Demo Co\. \(synthetic\)’s/),
    ).toBeInTheDocument()
    const banner = screen.getByRole('banner')
    expect(banner).toHaveTextContent('Synthetic Demo Co. (synthetic)')
    expect(banner).toHaveTextContent('Synthetic demo 2099 (test data)')
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'Synthetic Demo Co. Top Three Events (synthetic)',
    )
    const card = await screen.findByRole('article', { name: 'Synthetic parcel lockers installed' })
    expect(within(card).getByText('1,200')).toBeInTheDocument()
  })

  it('offers every published dataset in a picker that keeps the rest of the view', async () => {
    server.use(...scenarios.synthetic())
    const user = userEvent.setup()
    const { router } = renderApp('/?currency=USD')
    const picker = await screen.findByRole('combobox', { name: 'Dataset' })
    const options = within(picker).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual([
      'Synthetic demo 2099 (test data)',
      '2017 Top Ten Events',
    ])
    expect(picker).toHaveValue('2017')
    await user.selectOptions(picker, 'synthetic-demo')
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ year: 'synthetic-demo', currency: 'USD' }),
    )
    expect(await screen.findByRole('heading', { name: '2099 in figures' })).toBeInTheDocument()
    // The choice travels with every link.
    expect(screen.getByRole('link', { name: 'Explore' })).toHaveAttribute(
      'href',
      '/explore?year=synthetic-demo&currency=USD',
    )
  })
})
