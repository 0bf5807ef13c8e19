import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LazyMount } from '../../src/components/charts/lazy-mount'
import { type BuiltDrawing, StaticPlot } from '../../src/components/charts/static-plots'

const NAME = 'Filter to event 3: Innovations submitted, 90,000, Reference only'

/** The build's drawing of a plot with one mark, as scripts/prerender.ts leaves it. */
function drawing(width = 640): readonly Node[] {
  const holder = document.createElement('div')
  holder.innerHTML =
    `<div class="static-plot static-plot-wide"><svg role="group" aria-label="Funnel" width="${width}" height="200">` +
    `<g role="button" tabindex="0" aria-label="${NAME}" aria-pressed="false" data-event="3" class="chart-mark">` +
    '<rect width="100" height="30"></rect><text>90,000</text></g></svg></div>'
  return [...holder.childNodes]
}

/** What mounts in the drawing's place: the live chart, with the same mark. */
function LiveChart() {
  return (
    <svg aria-label="Funnel live">
      {/* biome-ignore lint/a11y/useSemanticElements: as FilterMark draws it */}
      <g role="button" tabIndex={0} aria-label={NAME} data-testid="live-mark">
        <text>90,000</text>
      </g>
    </svg>
  )
}

function renderMount(given: BuiltDrawing | undefined) {
  return render(
    <StaticPlot.Provider value={given}>
      <LazyMount height={200}>
        <LiveChart />
      </LazyMount>
    </StaticPlot.Provider>,
  )
}

describe('LazyMount with the build drawing of its chart', () => {
  const toggle = vi.fn()
  const filter = { events: [], toggle }
  let boxWidth = 640
  beforeEach(() => {
    toggle.mockReset()
    boxWidth = 640
    // jsdom lays nothing out: the box measures as a browser would lay it out.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
      () => ({ width: boxWidth, height: 200 }) as DOMRect,
    )
  })
  afterEach(() => vi.restoreAllMocks())

  it('stands in for the chart, marks and all, until the reader reaches for it', async () => {
    renderMount({ nodes: drawing(), widths: [640], filter })
    const mark = await screen.findByRole('button', { name: NAME })
    await waitFor(() => expect(mark).toHaveAttribute('tabindex', '0'))
    expect(mark.closest('[aria-hidden]')).toBeNull()
    expect(screen.queryByTestId('live-mark')).toBeNull()
    // A click on a mark toggles its event, as the live mark's does, and brings the chart in.
    fireEvent.click(mark)
    expect(toggle).toHaveBeenCalledWith(3)
    await waitFor(() => expect(screen.getByTestId('live-mark')).toBeInTheDocument())
    await waitFor(() => expect(document.querySelector('.chart-drawing')).toBeNull())
  })

  it('takes Enter and Space on a mark as the live mark does', async () => {
    renderMount({ nodes: drawing(), widths: [640], filter })
    const mark = await screen.findByRole('button', { name: NAME })
    fireEvent.keyDown(mark, { key: 'Enter' })
    fireEvent.keyDown(mark, { key: ' ' })
    fireEvent.keyDown(mark, { key: 'a' })
    expect(toggle).toHaveBeenCalledTimes(2)
  })

  it('mounts the chart when the focus arrives, and its mark of the same name takes the focus', async () => {
    renderMount({ nodes: drawing(), widths: [640], filter })
    const mark = await screen.findByRole('button', { name: NAME })
    await waitFor(() => expect(mark).toHaveAttribute('tabindex', '0'))
    act(() => (mark as unknown as SVGElement).focus())
    await waitFor(() => expect(screen.getByTestId('live-mark')).toHaveFocus())
    expect(document.querySelector('.chart-drawing')).toBeNull()
  })

  it('does not stand in where the box has another width: a picture until the chart has drawn', async () => {
    boxWidth = 500
    renderMount({ nodes: drawing(), widths: [640], filter })
    await waitFor(() => expect(screen.getByTestId('live-mark')).toBeInTheDocument())
    await waitFor(() => expect(document.querySelector('.chart-drawing')).toBeNull())
    expect(screen.getAllByRole('button', { name: NAME })).toHaveLength(1)
  })

  it('keeps a drawing without a filter (the timeline) a picture, hidden from assistive technology', () => {
    renderMount({ nodes: drawing(), widths: [640] })
    const picture = document.querySelector('.chart-drawing')
    // The live chart mounts in turn; until it has drawn, the drawing covers it, inert.
    if (picture) {
      expect(picture).toHaveAttribute('aria-hidden', 'true')
      expect(picture.querySelector('[tabindex]')).toBeNull()
    }
  })
})
