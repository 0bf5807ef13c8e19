import {
  type CSSProperties,
  lazy,
  type PointerEvent,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react'
import { useOtherPeriods } from '@/api/other-periods'
import { useKpis } from '@/api/queries'
import { DatasetWaiting, PanelError } from '@/components/panel-state'
import { PrerenderedContent } from '@/components/prerendered-content'
import type { Dataset } from '@/domain/schema'
import { useLanguage } from '@/i18n/locale'
import { formatInteger } from '@/lib/format'
import { useNavigate, useRouter, useSearch } from '@/lib/router/react'
import { useUrlFilters } from '@/lib/use-url-filters'
import { ControlButton, toggleFullscreen } from './controls'
import { KeyHelp, SlideGrid } from './deck-dialogs'
import { slideGeometryStyle } from './deck-layout'
import type { Deck } from './deck-model'
import { deckTitle } from './deck-words'
import type { PresentAction } from './keymap'
import { SlideView } from './slide-view'
import { useAfterPaint, useIdleSteps } from './use-after-paint'
import { useAutoAdvance, useHold } from './use-auto-advance'
import { useDeck } from './use-deck'
import { useIdle } from './use-idle'
import { usePptxDownload } from './use-pptx-download'
import { keepEarlyKeys, usePresentation, usePresentKeys } from './use-presentation'
import { usePrinting } from './use-printing'
import { StageScale, useStageScale } from './use-stage-scale'
import './present.css'

/**
 * The presenter's window (notes, timer, thumbnails) is opened on request, into a window of its
 * own: the audience's deck does not load its code.
 */
const PresenterView = lazy(() =>
  import('./presenter-view').then((m) => ({ default: m.PresenterView })),
)

// This code loads before the app takes over the build's title slide: keys pressed from now on count.
keepEarlyKeys()

/** Controls and the cursor hide after this long without the pointer moving. */
const IDLE_MS = 3000
/** A horizontal drag at least this long (in screen pixels) is a swipe. */
const SWIPE_PX = 50

type PresentSearch = ReturnType<typeof usePresentSearch>
function usePresentSearch() {
  return useSearch()
}

/** /present: the deck full-screen for the audience, or with notes for the presenter (?view=). */
export function PresentPage() {
  const [_, locale] = useLanguage()
  const search = usePresentSearch()
  const query = useKpis()
  const kpis = query.data
  const filters = useUrlFilters()
  const currency = search.currency
  const others = useOtherPeriods(kpis !== undefined)
  // The locale changes once its catalog is active, so the deck is rebuilt in the new language.
  const deck = useDeck(kpis, filters, currency, locale, others)
  const theme = search.deck ?? 'projector-dark'

  if (!deck || !kpis) {
    const waiting = (
      <main className="present present-message" data-deck={theme}>
        <h1 className="visually-hidden">{_('present.pageTitleLoading')}</h1>
        {query.isError ? (
          <PanelError
            title={_('error.title')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <>
            <p role="status">{_('loading.dataset')}</p>
            <DatasetWaiting fetching={query.isFetching} failureCount={query.failureCount} />
          </>
        )}
      </main>
    )
    // The build's title slide (main.tsx keeps it) stays on screen while the data comes and the
    // deck is built; an error replaces it.
    return query.isError ? waiting : <PrerenderedContent fallback={waiting} />
  }
  // Every window of the same deck (dataset, filters and currency) follows the same slide.
  const channelKey = `${kpis.dataset.id}|${JSON.stringify(filters)}|${currency ?? ''}`
  return search.view === 'presenter' ? (
    <Suspense>
      <PresenterView
        deck={deck}
        search={search}
        channelKey={channelKey}
        theme={theme}
        offlineSince={query.isError ? query.dataUpdatedAt : undefined}
      />
    </Suspense>
  ) : (
    <AudienceView
      deck={deck}
      dataset={kpis.dataset}
      search={search}
      channelKey={channelKey}
      theme={theme}
    />
  )
}

function useExit(search: PresentSearch) {
  const navigate = useNavigate()
  return useCallback(() => {
    const { categories, events, statuses, provenance, flagged, q, theme, currency, lang } = search
    void navigate({
      to: '/',
      search: { categories, events, statuses, provenance, flagged, q, theme, currency, lang },
    })
  }, [navigate, search])
}

type Panel = 'help' | 'grid'

function AudienceView({
  deck,
  dataset,
  search,
  channelKey,
  theme,
}: {
  deck: Deck
  dataset: Dataset
  search: PresentSearch
  channelKey: string
  theme: string
}) {
  const [_, locale] = useLanguage()
  const router = useRouter()
  const { scale, portrait } = useStageScale()
  const idle = useIdle(IDLE_MS)
  const hold = useHold()
  const [panel, setPanel] = useState<Panel | undefined>()
  const main = useRef<HTMLElement>(null)
  const [pptx, downloadPptx] = usePptxDownload(deck, dataset, () => main.current)
  const p = usePresentation(deck, search.slide, channelKey, hold.start)
  const exit = useExit(search)
  const { slide, count, go, black, paused } = p
  const auto = search.auto
  const running = auto !== undefined && !paused && !hold.held && !black && !panel
  const current = deck.slides[slide - 1]
  const printing = usePrinting()
  // The slide on screen is built and drawn first, alone. Once it is painted its neighbours are
  // built, a paint later they are laid out and their charts drawn, then the other slides (for
  // jumps and print) are built a pair per idle moment, outwards from the one on screen: each step
  // renders in a transition that gives way to input, so a phone's tasks stay short. Slides away
  // from the one on screen are not laid out (is-far). Paging on, the next slide's chart is there
  // already; a jump further shows the slide's words first and lays out and draws its neighbours
  // after that paint, not in the key press's task.
  const opened = useAfterPaint(true, false)
  const near = useAfterPaint(opened ? slide : undefined, undefined)
  const reach = useIdleSteps(near !== undefined, count)
  const isNear = (number: number) => near !== undefined && Math.abs(number - near) <= 1
  const drawChart = (number: number) =>
    printing || (near === undefined ? number === slide : isNear(number))
  const built = (number: number) => printing || (opened && Math.abs(number - slide) <= 1 + reach)
  const far = (number: number) => !printing && number !== slide && !isNear(number)

  const openPresenter = useCallback(() => {
    const { href } = router.buildLocation({
      to: '/present',
      search: (prev) => ({ ...prev, slide, view: 'presenter' as const, auto: undefined }),
    })
    window.open(href, 'cp-kpi-presenter', 'popup,width=1280,height=800')
  }, [router, slide])

  const act = useCallback(
    (action: PresentAction) => {
      if (action.type !== 'pause') hold.start()
      const rest = p.handle(action)
      if (!rest) return
      if (rest.type === 'exit') exit()
      else if (rest.type === 'fullscreen') toggleFullscreen()
      else if (rest.type === 'presenter') openPresenter()
      else if (rest.type === 'help' || rest.type === 'grid') {
        const opened = rest.type
        setPanel((open) => (open === opened ? undefined : opened))
      }
    },
    [p, hold.start, exit, openPresenter],
  )
  usePresentKeys(act)

  const autoSeconds = useAutoAdvance(running ? auto : undefined, p, hold)
  const autoText =
    auto === undefined || black
      ? undefined
      : paused
        ? _('present.auto.paused')
        : _(running ? 'present.auto.running' : 'present.auto.held', {
            seconds: formatInteger(autoSeconds ?? auto, locale),
          })

  const position = { number: formatInteger(slide, locale), count: formatInteger(count, locale) }
  const announcement = useAnnouncement(
    current ? _('present.announce.slide', { ...position, heading: current.heading }) : '',
    _(black ? 'present.announce.black' : 'present.announce.restored'),
    auto === undefined ? '' : _(paused ? 'present.announce.paused' : 'present.announce.autoOn'),
  )

  const swipe = useRef<{ x: number; y: number; id: number } | undefined>(undefined)
  const onPointerDown = (event: PointerEvent) => {
    if (event.target instanceof Element && event.target.closest('.present-top, dialog')) {
      return
    }
    swipe.current = { x: event.clientX, y: event.clientY, id: event.pointerId }
  }
  const onPointerUp = (event: PointerEvent) => {
    const start = swipe.current
    swipe.current = undefined
    if (!start || start.id !== event.pointerId) return
    const dx = event.clientX - start.x
    const dy = event.clientY - start.y
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < Math.abs(dy) * 1.5) return
    act({ type: dx < 0 ? 'next' : 'previous' })
  }

  return (
    <main
      ref={main}
      className={`present${idle ? ' is-idle' : ''}`}
      data-deck={theme}
      data-orientation={portrait ? 'portrait' : 'landscape'}
      style={{ ...slideGeometryStyle(), '--stage-scale': scale } as CSSProperties}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        swipe.current = undefined
      }}
    >
      <h1 className="visually-hidden">{deckTitle(dataset, locale)}</h1>
      <div className="present-stage">
        <StageScale value={scale}>
          {deck.slides.map((s, i) => (
            <SlideView
              key={s.key}
              slide={s}
              number={i + 1}
              count={count}
              current={i + 1 === slide}
              drawChart={drawChart(i + 1)}
              built={built(i + 1)}
              far={far(i + 1)}
            />
          ))}
        </StageScale>
        {running && (
          <div
            key={`${slide}-${hold.epoch}`}
            className="present-progress"
            style={{ '--auto-duration': `${auto}s` } as CSSProperties}
            aria-hidden="true"
          />
        )}
        {p.digits && (
          <p className="present-jump inverse" aria-live="polite">
            {_('present.jump', { number: p.digits })}
          </p>
        )}
        <div className="present-top">
          <nav className="present-controls" aria-label={_('present.controls.label')}>
            <ControlButton
              label={_('present.controls.previous')}
              onPress={() => act({ type: 'previous' })}
            >
              ◀
            </ControlButton>
            <span className="present-position">{_('present.footer.number', position)}</span>
            <ControlButton label={_('present.controls.next')} onPress={() => act({ type: 'next' })}>
              ▶
            </ControlButton>
            {auto !== undefined && (
              <ControlButton
                label={_(paused ? 'present.controls.resumeLabel' : 'present.controls.pauseLabel')}
                onPress={() => act({ type: 'pause' })}
              >
                {_(paused ? 'present.controls.resume' : 'present.controls.pause')}
              </ControlButton>
            )}
            <ControlButton label={_('present.controls.fullScreenLabel')} onPress={toggleFullscreen}>
              {_('present.controls.fullScreen')}
            </ControlButton>
            <ControlButton label={_('present.controls.presenterLabel')} onPress={openPresenter}>
              {_('present.controls.presenter')}
            </ControlButton>
            <ControlButton
              label={_('present.controls.pptxLabel')}
              onPress={() => void downloadPptx()}
            >
              {_('present.controls.pptx')}
            </ControlButton>
            <ControlButton
              label={_('present.controls.gridLabel')}
              onPress={() => act({ type: 'grid' })}
            >
              {_('present.controls.grid')}
            </ControlButton>
            <ControlButton
              label={_('present.controls.helpLabel')}
              onPress={() => act({ type: 'help' })}
            >
              {_('present.controls.help')}
            </ControlButton>
            <ControlButton label={_('present.controls.exitLabel', { key: 'Esc' })} onPress={exit}>
              {_('present.controls.exit')}
            </ControlButton>
          </nav>
          {autoText && <p className="present-auto">{autoText}</p>}
          {pptx === 'failed' && (
            <p className="present-auto" role="alert">
              {_('present.pptx.failed')}
            </p>
          )}
        </div>
        {panel === 'help' && <KeyHelp onClose={() => setPanel(undefined)} />}
        {panel === 'grid' && (
          <SlideGrid deck={deck} current={slide} onGo={go} onClose={() => setPanel(undefined)} />
        )}
      </div>
      <div className="present-black" hidden={!black} />
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </main>
  )
}

/**
 * What the live region says: the latest of the messages to change. Nothing on opening, when the
 * page itself is read.
 */
function useAnnouncement(...messages: string[]): string {
  const [announcement, setAnnouncement] = useState('')
  const previous = useRef(messages)
  const key = JSON.stringify(messages)
  useEffect(() => {
    const now = JSON.parse(key) as string[]
    const changed = now.find((message, i) => message !== previous.current[i])
    previous.current = now
    if (changed) setAnnouncement(changed)
  }, [key])
  return announcement
}
