import { type CSSProperties, useCallback, useEffect, useState } from 'react'
import type { Locale } from '@/domain/locale'
import { useLanguage } from '@/i18n/locale'
import { formatInteger } from '@/lib/format'
import { ControlButton, toggleFullscreen } from './controls'
import { slideGeometryStyle } from './deck-layout'
import type { Deck, Slide } from './deck-model'
import { WithEnglish } from './english-phrases'
import type { PresentAction } from './keymap'
import { SlideView } from './slide-view'
import { useBoxSize } from './use-box-size'
import { usePresentation, usePresentKeys } from './use-presentation'
import { STAGE_WIDTH, StageScale } from './use-stage-scale'

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

/** Minutes and seconds, as a stopwatch shows them in either language: 12:05. */
function clock(seconds: number, locale: Locale): string {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return `${formatInteger(minutes, locale)}:${String(rest).padStart(2, '0')}`
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
  const [_, locale] = useLanguage()
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
    <main className="presenter" data-deck={theme} style={slideGeometryStyle() as CSSProperties}>
      <header className="presenter-bar">
        <h1>{_('present.presenter.title')}</h1>
        <p className="presenter-position" aria-live="polite">
          {_('present.footer.numberName', {
            number: formatInteger(slide, locale),
            count: formatInteger(count, locale),
          })}
        </p>
        <p className="presenter-timer">
          {_('present.presenter.elapsed', { time: clock(elapsed, locale) })}
        </p>
        <div className="presenter-buttons">
          <ControlButton
            label={_('present.controls.previous')}
            onPress={() => act({ type: 'previous' })}
          >
            ◀ {_('present.presenter.previous')}
          </ControlButton>
          <ControlButton label={_('present.controls.next')} onPress={() => act({ type: 'next' })}>
            {_('present.presenter.next')} ▶
          </ControlButton>
          <ControlButton
            label={_(p.black ? 'present.presenter.restoreLabel' : 'present.presenter.blackLabel')}
            onPress={() => act({ type: 'black' })}
          >
            {_(p.black ? 'present.presenter.restore' : 'present.presenter.black')}
          </ControlButton>
          <ControlButton label={_('present.presenter.resetTimer')} onPress={resetTimer}>
            {_('present.presenter.resetTimer')}
          </ControlButton>
        </div>
      </header>
      {(p.black || offlineSince !== undefined) && (
        <div className="presenter-alerts">
          {p.black && <p>{_('present.presenter.blackNotice')}</p>}
          {offlineSince !== undefined && (
            <p>
              {_('present.presenter.offline', {
                time: new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(offlineSince),
              })}
            </p>
          )}
        </div>
      )}
      <div className="presenter-grid">
        <section className="presenter-current" aria-labelledby="presenter-current-heading">
          <h2 id="presenter-current-heading">
            {_('present.presenter.now', {
              heading: current ? current.heading : _('present.presenter.noSlide'),
            })}
          </h2>
          {current && <Thumbnail slide={current} number={slide} count={count} />}
        </section>
        <section className="presenter-next" aria-labelledby="presenter-next-heading">
          <h2 id="presenter-next-heading">
            {_('present.presenter.upNext', {
              heading: next ? next.heading : _('present.presenter.end'),
            })}
          </h2>
          {next && <Thumbnail slide={next} number={slide + 1} count={count} />}
        </section>
        <section className="presenter-notes" aria-labelledby="presenter-notes-heading">
          <h2 id="presenter-notes-heading">{_('present.presenter.notes')}</h2>
          <ul>
            {current?.notes.map((note, i) => (
              // Notes are fixed for a slide and may repeat a sentence (two findings alike).
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
              <li key={`${current.key}-${i}`}>
                <WithEnglish text={note} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  )
}
