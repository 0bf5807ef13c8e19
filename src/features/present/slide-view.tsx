import { useLingui } from '@lingui/react'
import { Fragment, memo, useId, useState } from 'react'
import { statusIcon } from '@/components/status-badge'
import { TableHead } from '@/components/table-head'
import type { Severity } from '@/domain/quality'
import type { Status } from '@/domain/status'
import { severityMessage, statusMessage } from '@/i18n/labels'
import { useLanguage, useLocale } from '@/i18n/locale'
import { formatInteger } from '@/lib/format'
import type {
  EventSlide,
  NotesSlide,
  Slide,
  SlideFigure,
  SummarySlide,
  TitleSlide,
} from './deck-model'
import { findingAbout } from './deck-notes'
import { WithEnglish } from './english-phrases'
import { SlideChartView } from './slide-chart'

const flagIcon: Record<Severity, string> = { error: '⚠', warning: '⚠', info: 'ⓘ' }

function StatusWord({ status }: { status: Status }) {
  const { _ } = useLingui()
  return (
    <span className={`slide-status slide-status-${status}`}>
      <span aria-hidden="true">{statusIcon[status]} </span>
      {_(statusMessage[status])}
    </span>
  )
}

function Flag({ severity }: { severity: Severity }) {
  const { _ } = useLingui()
  return (
    <span className={`slide-flag slide-flag-${severity}`}>
      <span aria-hidden="true">{flagIcon[severity]} </span>
      {_(severityMessage[severity])}
    </span>
  )
}

/**
 * The dot between parts of a line. Chinese lines may break between any two characters, so the dot
 * is tied to the part before it and never starts a line; English breaks at its word spaces.
 */
function useSeparator(): string {
  return useLocale() === 'en' ? ' · ' : '\u00a0· '
}

function Footer({ slide, number, count }: { slide: Slide; number: number; count: number }) {
  const [_, locale] = useLanguage()
  const { quote, attribution } = slide.source
  const shown = { number: formatInteger(number, locale), count: formatInteger(count, locale) }
  return (
    <footer className="slide-footer">
      <p className="slide-source">
        {quote ? (
          <>
            <q className="slide-quote" lang="en">
              {quote}
            </q>{' '}
            <span className="slide-attribution is-short">
              {_('present.footer.attribution', { attribution })}
            </span>
          </>
        ) : (
          <span className="slide-attribution">
            <WithEnglish text={attribution} />
          </span>
        )}
      </p>
      <p className="slide-number">
        <span aria-hidden="true">{_('present.footer.number', shown)}</span>
        <span className="visually-hidden">{_('present.footer.numberName', shown)}</span>
      </p>
    </footer>
  )
}

function TitleBody({ slide, headingId }: { slide: TitleSlide; headingId: string }) {
  return (
    <div className="slide-body title-body">
      <p className="title-organisation">{slide.organisation}</p>
      <h2 id={headingId} className="title-heading">
        {slide.heading}
      </h2>
      <p className="title-subtitle">{slide.subtitle}</p>
      <p className="title-scope">{slide.scope}</p>
      {slide.filterText && (
        <p className="title-filter">
          <WithEnglish text={slide.filterText} />
        </p>
      )}
      {slide.whatIfText && <p className="title-filter title-what-if">{slide.whatIfText}</p>}
    </div>
  )
}

function Figure({ figure }: { figure: SlideFigure }) {
  const { _ } = useLingui()
  const separator = useSeparator()
  const { status, detail, flag } = figure
  return (
    <li className={`slide-figure slide-figure-${status ?? 'total'}`}>
      <p className="slide-figure-value">{figure.value}</p>
      <p className="slide-figure-label">{figure.label}</p>
      {(detail || (status && !(status === 'no-target' && flag))) && (
        <p className="slide-figure-detail">
          {status && <StatusWord status={status} />}
          {detail?.map((part, i) => (
            <Fragment key={part}>
              {(status || i > 0) && separator}
              <span className="slide-figure-part">{part}</span>
            </Fragment>
          ))}
        </p>
      )}
      {flag && (
        <p className="slide-figure-detail">
          <Flag severity={flag} />
          {separator}
          {_('present.figure.seeNotes')}
        </p>
      )}
    </li>
  )
}

function EventBody({
  slide,
  headingId,
  drawChart,
}: {
  slide: EventSlide
  headingId: string
  drawChart: boolean
}) {
  const { _ } = useLingui()
  const { figures, chart, dates } = slide
  return (
    <>
      <header className="slide-header">
        <p className="slide-kicker">{slide.kicker}</p>
        <h2 id={headingId} className="slide-heading">
          {slide.heading}
        </h2>
      </header>
      <div className={`slide-body event-body${chart ? ' has-chart' : ''}`}>
        {!chart && <p className="event-summary">{slide.summary}</p>}
        {figures.length > 0 && (
          <ul className="slide-figures" aria-label={_('present.event.figures')}>
            {figures.map((figure) => (
              <Figure key={figure.key} figure={figure} />
            ))}
          </ul>
        )}
        {slide.conversion && <p className="slide-conversion">{slide.conversion}</p>}
        {chart ? (
          drawChart ? (
            <SlideChartView chart={chart} />
          ) : (
            <div className="slide-chart" />
          )
        ) : (
          dates.length > 0 && (
            <section className="slide-dates" aria-label={_('present.event.dates')}>
              <p className="slide-section-title" aria-hidden="true">
                {_('present.event.dates')}
              </p>
              <ul>
                {dates.map((d) => (
                  <li key={d.key}>
                    <span className="slide-date">{d.date}</span>
                    <span className="slide-date-label">
                      {d.label}
                      {d.flag && (
                        <>
                          {' '}
                          <Flag severity={d.flag} />
                        </>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )
        )}
      </div>
    </>
  )
}

function SummaryBody({ slide, headingId }: { slide: SummarySlide; headingId: string }) {
  const [_, locale] = useLanguage()
  const captionId = useId()
  return (
    <>
      <header className="slide-header">
        <p className="slide-kicker">
          {_('present.summary.kicker', {
            count: slide.total,
            total: formatInteger(slide.total, locale),
            targeted: formatInteger(slide.targeted, locale),
          })}
        </p>
        <h2 id={headingId} className="slide-heading">
          {slide.heading}
        </h2>
      </header>
      <div className="slide-body summary-body">
        {slide.page === 1 && (
          <ul className="summary-counts" aria-label={_('present.summary.byStatus')}>
            {slide.counts.map((c) => (
              <li key={c.status} className={`summary-count slide-figure-${c.status}`}>
                <span className="summary-count-value">{formatInteger(c.count, locale)}</span>
                <StatusWord status={c.status} />
              </li>
            ))}
          </ul>
        )}
        {slide.groups.length > 0 ? (
          <table className="summary-table" aria-labelledby={captionId}>
            <caption id={captionId} className="visually-hidden">
              {_('present.summary.caption')}
            </caption>
            <TableHead
              columns={[
                _('present.summary.column.figure'),
                _('present.summary.column.value'),
                _('present.summary.column.target'),
                _('present.summary.column.status'),
              ]}
            />
            {slide.groups.map((group) => (
              <tbody key={group.key}>
                <tr className="summary-group">
                  <th scope="colgroup" colSpan={4}>
                    {group.title}
                  </th>
                </tr>
                {group.items.map((item) => (
                  <tr key={item.key}>
                    <th scope="row">{item.label}</th>
                    <td className="summary-num">{item.value}</td>
                    <td className="summary-num">{item.target}</td>
                    <td>
                      <StatusWord status={item.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        ) : (
          slide.page === 1 && <p>{_('present.summary.noTargets')}</p>
        )}
      </div>
    </>
  )
}

function NotesBody({ slide, headingId }: { slide: NotesSlide; headingId: string }) {
  const [_, locale] = useLanguage()
  const separator = useSeparator()
  return (
    <>
      <header className="slide-header">
        <h2 id={headingId} className="slide-heading">
          {slide.heading}
        </h2>
      </header>
      <div className="slide-body notes-body">
        {slide.findings.length === 0 && slide.page === 1 && (
          <p>{_('present.notes.nothingFound')}</p>
        )}
        {slide.findings.length > 0 && (
          <ul className="notes-findings">
            {slide.findings.map((f) => (
              <li key={f.key} className={`notes-finding notes-finding-${f.severity}`}>
                <p className="notes-finding-title">
                  <Flag severity={f.severity} />
                  {separator}
                  {findingAbout(f, locale)}
                </p>
                <p>
                  <WithEnglish text={f.message} />
                </p>
              </li>
            ))}
          </ul>
        )}
        {slide.provenanceNotes.length > 0 && (
          <div className="notes-provenance">
            {slide.provenanceNotes.map((note) => (
              <p key={note}>{note}</p>
            ))}
          </div>
        )}
      </div>
    </>
  )
}

/**
 * What a slide shows. Its own memo, apart from the section: a slide becoming current (or not) on
 * a key press changes the section's class only, and its chart is not drawn again in that task.
 */
const SlideContent = memo(function SlideContent({
  slide,
  number,
  count,
  headingId,
  drawChart,
}: {
  slide: Slide
  number: number
  count: number
  headingId: string
  drawChart: boolean
}) {
  return (
    <>
      {slide.kind === 'title' && <TitleBody slide={slide} headingId={headingId} />}
      {slide.kind === 'event' && (
        <EventBody slide={slide} headingId={headingId} drawChart={drawChart} />
      )}
      {slide.kind === 'summary' && <SummaryBody slide={slide} headingId={headingId} />}
      {slide.kind === 'notes' && <NotesBody slide={slide} headingId={headingId} />}
      <Footer slide={slide} number={number} count={count} />
    </>
  )
})

/** One slide at 1920×1080 design units, with its heading, body and footer. */
export const SlideView = memo(function SlideView({
  slide,
  number,
  count,
  current,
  drawChart = true,
  built = true,
  far = false,
}: {
  slide: Slide
  number: number
  count: number
  /** Only the current slide is shown and read; the others wait, hidden, for print and paging. */
  current: boolean
  /** Off for slides far from the current one: their chart is drawn when they come near. */
  drawChart?: boolean
  /**
   * Off for a slide not yet wanted while the deck opens: its place is kept, its content follows.
   * Once built, a slide stays built.
   */
  built?: boolean
  /** A hidden slide away from the current one: kept, but not laid out until it comes near. */
  far?: boolean
}) {
  const headingId = useId()
  const [wasBuilt, setWasBuilt] = useState(built)
  if (built && !wasBuilt) setWasBuilt(true)
  const className = `slide slide-${slide.kind}${current ? ' is-current' : ''}${far ? ' is-far' : ''}`
  if (!built && !wasBuilt && !current) {
    return <section className={className} aria-hidden data-slide={number} />
  }
  return (
    <section
      className={className}
      aria-labelledby={headingId}
      aria-hidden={current ? undefined : true}
      data-slide={number}
    >
      <SlideContent
        slide={slide}
        number={number}
        count={count}
        headingId={headingId}
        drawChart={drawChart}
      />
    </section>
  )
})
