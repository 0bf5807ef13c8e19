import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../utils'

/** Waits for the deck: it renders once the dataset has loaded. */
async function deckLoaded() {
  await waitFor(() => expect(document.querySelectorAll('section.slide').length).toBeGreaterThan(3))
}

function currentSlide() {
  const slides = document.querySelectorAll<HTMLElement>('section.slide.is-current')
  expect(slides).toHaveLength(1)
  return slides[0] as HTMLElement
}

describe('presentation mode', () => {
  it('opens on the title slide without the app header or footer', async () => {
    renderApp('/present')
    const heading = await screen.findByRole('heading', { name: '2017 in review', level: 2 })
    expect(currentSlide()).toContainElement(heading)
    expect(within(currentSlide()).getByText('China Post Group')).toBeInTheDocument()
    // No app chrome: neither the views' navigation nor the header's view controls.
    expect(screen.queryByRole('link', { name: 'Explore' })).not.toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Currency' })).not.toBeInTheDocument()
  })

  it('moves to slide 2 on ArrowRight, follows in the URL and announces it', async () => {
    const { router } = renderApp('/present')
    await screen.findByRole('heading', { name: '2017 in review', level: 2 })
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    await waitFor(() => expect(router.state.location.search).toMatchObject({ slide: 2 }))
    const heading = within(currentSlide()).getByRole('heading', { level: 2 })
    expect(heading).toHaveTextContent(/innovation and poverty-alleviation/)
    const live = screen.getByRole('status')
    expect(live).toHaveTextContent(/^Slide 2 of \d+: State leaders affirm/)
  })

  it('goes back with Shift+Space and jumps with digits then Enter', async () => {
    const { router } = renderApp('/present?slide=3')
    await deckLoaded()
    fireEvent.keyDown(window, { key: ' ', shiftKey: true })
    await waitFor(() => expect(router.state.location.search).toMatchObject({ slide: 2 }))
    fireEvent.keyDown(window, { key: '6' })
    expect(await screen.findByText(/Go to slide 6/)).toBeInTheDocument()
    fireEvent.keyDown(window, { key: 'Enter' })
    await waitFor(() => expect(router.state.location.search).toMatchObject({ slide: 6 }))
    expect(within(currentSlide()).getByRole('heading', { level: 2 })).toHaveTextContent(
      /Double 10 billion/,
    )
  })

  it('clamps a slide number past the end to the last slide', async () => {
    const { router } = renderApp('/present?slide=99')
    await deckLoaded()
    const count = document.querySelectorAll('section.slide').length
    await waitFor(() => expect(router.state.location.search).toMatchObject({ slide: count }))
    expect(within(currentSlide()).getByRole('heading', { level: 2 })).toHaveTextContent(
      /Data notes/,
    )
  })

  it('keeps the filters and leaves for the overview on Escape', async () => {
    const { router } = renderApp('/present?categories=%5B%22finance%22%2C%22insurance%22%5D')
    await screen.findByRole('heading', { name: '2017 in review', level: 2 })
    expect(document.querySelectorAll('section.slide-event')).toHaveLength(2)
    expect(within(currentSlide()).getByText(/Showing finance and insurance/)).toBeInTheDocument()
    fireEvent.keyDown(window, { key: 'Escape' })
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    expect(router.state.location.search).toMatchObject({ categories: ['finance', 'insurance'] })
  })
})
