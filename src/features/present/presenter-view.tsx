import { type CSSProperties, useCallback, useEffect, useState } from 'react'
import { formatInteger } from '../../lib/format'
import { ControlButton, toggleFullscreen } from './controls'
import type { Deck, Slide } from './deck'
import type { PresentAction } from './keymap'
import { StageScale } from './slide-chart'
import { SlideView } from './slide-view'
import { useBoxSize } from './use-box-size'
import { usePresentation, usePresentKeys } from './use-presentation'
import { STAGE_WIDTH } from './use-stage-scale'

function useElapsed(): [number, () => void] {
  const [start, setStart] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  const reset = useCallback(() => {
    const time = Date.now()
    setStart(time)
    setNow(time)
  }, [])
  return [Math.max(0, Math.floor((now - start) / 1000)), reset]
}

function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return `${formatInteger(minutes, 'en')}:${String(rest).padStart(2, '0')}`
}

/** A slide drawn at its design size and shrunk to the box; not focusable, not read twice. */
function Thumbnail({ slide, number, count }: { slide: Slide; number: number; count: number }) {
  const [box, size] = useBoxSize<HTMLDivElement>({ width: 640, height: 360 })
  return (
    <div ref={box} className="presenter-thumb" inert>
      {size.width > 0 && (
        <div
          className="presenter-thumb-stage"
          style={{ '--thumb-scale': size.width / STAGE_WIDTH } as CSSProperties}
        >
          <StageScale value={size.width / STAGE_WIDTH}>
            <SlideView slide={slide} number={number} count={count} current />
          </StageScale>
        </div>
      )}
    </div>
  )
}

/**
 * The presenter's window: the current and next slides, speaker notes, a timer and the position,
 * kept in step with the audience's window.
 */
export function PresenterView({
  deck,
  search,
  channelKey,
  theme,
  offlineSince,
}: {
  deck: Deck
  search: { slide?: number }
  channelKey: string
  theme: string
  /** When the last refresh failed: the deck runs on the data loaded at this time. */
  offlineSince: number | undefined
}) {
  const p = usePresentation(deck, search.slide, channelKey)
  const [elapsed, resetTimer] = useElapsed()
  const { slide, count } = p
  const current = deck.slides[slide - 1]
  const next = deck.slides[slide]
  const act = useCallback(
    (action: PresentAction) => {
      const rest = p.handle(action)
      if (rest?.type === 'fullscreen') toggleFullscreen()
    },
    [p],
  )
  usePresentKeys(act)

  return (
    <main className="presenter" data-deck={theme}>
      <header className="presenter-bar">
        <h1>Presenter view</h1>
        <p className="presenter-position" aria-live="polite">
          Slide {slide} of {count}
        </p>
        <p className="presenter-timer">Elapsed {clock(elapsed)}</p>
        <div className="presenter-buttons">
          <ControlButton label="Previous slide" onPress={() => act({ type: 'previous' })}>
            ◀ Previous
          </ControlButton>
          <ControlButton label="Next slide" onPress={() => act({ type: 'next' })}>
            Next ▶
          </ControlButton>
          <ControlButton
            label={p.black ? 'Restore the screen (B)' : 'Black the screen (B)'}
            onPress={() => act({ type: 'black' })}
          >
            {p.black ? 'Restore the screen' : 'Black the screen'}
          </ControlButton>
          <ControlButton label="Reset the timer" onPress={resetTimer}>
            Reset the timer
          </ControlButton>
        </div>
      </header>
      {(p.black || offlineSince !== undefined) && (
        <div className="presenter-alerts">
          {p.black && <p>The audience screen is black. Press B to restore it.</p>}
          {offlineSince !== undefined && (
            <p>
              Offline: the deck runs on the data loaded at{' '}
              {new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(offlineSince)}.
            </p>
          )}
        </div>
      )}
      <div className="presenter-grid">
        <section className="presenter-current" aria-labelledby="presenter-current-heading">
          <h2 id="presenter-current-heading">Now: {current ? current.heading : 'No slide'}</h2>
          {current && <Thumbnail slide={current} number={slide} count={count} />}
        </section>
        <section className="presenter-next" aria-labelledby="presenter-next-heading">
          <h2 id="presenter-next-heading">Next: {next ? next.heading : 'End of the deck'}</h2>
          {next && <Thumbnail slide={next} number={slide + 1} count={count} />}
        </section>
        <section className="presenter-notes" aria-labelledby="presenter-notes-heading">
          <h2 id="presenter-notes-heading">Speaker notes</h2>
          <ul>
            {current?.notes.map((note, i) => (
              // Notes are fixed for a slide and may repeat a sentence (two findings alike).
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
              <li key={`${current.key}-${i}`}>{note}</li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  )
}
