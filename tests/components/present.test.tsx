import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { keepEarlyKeys } from '../../src/features/present/use-presentation'
import { inChinese, renderApp } from '../utils'

/**
 * Waits for the deck (it renders once the dataset has loaded) and for its effects, the window's
 * key listener among them: a key pressed in the same instant as the first paint went nowhere
 * (CI once found the deck still on slide 1 after ArrowRight).
 */
async function deckLoaded() {
  await waitFor(() => expect(document.querySelectorAll('section.slide').length).toBeGreaterThan(3))
  await act(async () => {})
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
    await deckLoaded()
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    await waitFor(() => expect(router.state.location.search).toMatchObject({ slide: 2 }))
    const heading = within(currentSlide()).getByRole('heading', { level: 2 })
    expect(heading).toHaveTextContent(/innovation and poverty-alleviation/)
    // The live region speaks once the slide has changed, after the render that shows it.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/^Slide 2 of \d+: State leaders affirm/),
    )
  })

  it('acts on deck keys pressed over the build’s title slide, before the deck could', async () => {
    // The built page's #root holds the prerendered deck until the app takes over.
    const prerendered = document.createElement('div')
    prerendered.id = 'root'
    prerendered.dataset.prerendered = '/present'
    document.body.append(prerendered)
    keepEarlyKeys()
    prerendered.remove()
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    const { router } = renderApp('/present')
    await waitFor(() => expect(router.state.location.search).toMatchObject({ slide: 3 }))
    await waitFor(() =>
      expect(within(currentSlide()).getByRole('heading', { level: 2 })).toHaveTextContent(
        /19th CPC National Congress/,
      ),
    )
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

  it('shows the keys on ?, and closes them on Escape without leaving the deck', async () => {
    const { router } = renderApp('/present?slide=3')
    await deckLoaded()
    fireEvent.keyDown(window, { key: '?', shiftKey: true })
    const help = await screen.findByRole('dialog', { name: 'Keys' })
    expect(within(help).getByText('Black screen; any key brings the picture back')).toBeVisible()
    // Keys typed in the panel stay in it: the deck does not move behind it.
    fireEvent.keyDown(help, { key: 'ArrowRight' })
    fireEvent.keyDown(help, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(router.state.location.pathname).toBe('/present')
    expect(router.state.location.search).toMatchObject({ slide: 3 })
  })

  it('G shows every slide; pressing one goes there', async () => {
    const { router } = renderApp('/present?slide=2')
    await deckLoaded()
    fireEvent.keyDown(window, { key: 'g' })
    const grid = await screen.findByRole('dialog', { name: 'Go to a slide' })
    const current = within(grid).getByRole('button', { current: true })
    expect(current).toHaveTextContent(/^2State leaders/)
    expect(current).toHaveFocus()
    fireEvent.click(within(grid).getByRole('button', { name: /^6\s*China Post Insurance/ }))
    await waitFor(() => expect(router.state.location.search).toMatchObject({ slide: 6 }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('after B, the next key brings the picture back on the same slide', async () => {
    const { router } = renderApp('/present?slide=4')
    await deckLoaded()
    fireEvent.keyDown(window, { key: 'b' })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/blacked out/))
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Screen restored.'))
    expect(router.state.location.search).toMatchObject({ slide: 4 })
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    await waitFor(() => expect(router.state.location.search).toMatchObject({ slide: 5 }))
  })

  it('says when auto-advance is running, with the time to the next slide, and when paused', async () => {
    renderApp('/present?auto=20')
    await deckLoaded()
    expect(await screen.findByText(/^Auto-advance · next slide in (20|19) s$/)).toBeVisible()
    fireEvent.keyDown(window, { key: 'p' })
    expect(await screen.findByText('Auto-advance paused · P resumes')).toBeVisible()
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
    // The other slides follow the one on screen a paint later.
    await waitFor(() =>
      expect(document.querySelectorAll('section.slide-event:not(:empty)')).toHaveLength(2),
    )
    expect(within(currentSlide()).getByText(/Showing finance and insurance/)).toBeInTheDocument()
    await deckLoaded()
    fireEvent.keyDown(window, { key: 'Escape' })
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    expect(router.state.location.search).toMatchObject({ categories: ['finance', 'insurance'] })
  })

  describe('in Chinese', () => {
    // The test setup reads the English catalog; these tests switch to the raw Chinese one.
    inChinese()

    it('shows the deck, its controls and its announcements in Chinese', async () => {
      const { router } = renderApp('/present?lang=zh-CN')
      const heading = await screen.findByRole('heading', { name: '2017年回顾', level: 2 })
      expect(currentSlide()).toContainElement(heading)
      expect(within(currentSlide()).getByText('中国邮政集团公司')).toBeInTheDocument()
      expect(within(currentSlide()).getByText('第1张，共15张')).toBeInTheDocument()
      expect(screen.getByRole('navigation', { name: '演示控制' })).toBeInTheDocument()
      expect(screen.getByRole('button', { name: '下一张' })).toBeInTheDocument()

      await deckLoaded()
      fireEvent.keyDown(window, { key: 'ArrowRight' })
      await waitFor(() => expect(router.state.location.search).toMatchObject({ slide: 2 }))
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(
          /^第2张，共15张：党和国家领导人肯定中国邮政创新与扶贫工作$/,
        ),
      )
      // The source quote stays in English and says so.
      expect(currentSlide().querySelector('q.slide-quote')).toHaveAttribute('lang', 'en')
      fireEvent.keyDown(window, { key: '5' })
      expect(await screen.findByText('跳转到第5张 ↵')).toBeInTheDocument()
    })

    it('marks the release’s English inside Chinese lines', async () => {
      renderApp('/present?lang=zh-CN&slide=14')
      const heading = await screen.findByRole('heading', {
        name: '数据说明：核查发现的问题（1/2）',
        level: 2,
      })
      const slide = heading.closest('section') as HTMLElement
      const title = within(slide).getByText('2017 Top Ten Events at China Post Group')
      expect(title).toHaveAttribute('lang', 'en')
      expect(within(slide).getByText('Xi Jinpin')).toHaveAttribute('lang', 'en')
    })
  })
})
