import { useLingui } from '@lingui/react'
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { ChartFigure } from '@/components/charts/chart-figure'
import { ChartLegend } from '@/components/charts/chart-legend'
import {
  TimelineChart,
  type TimelineMark,
  timelineHeight,
} from '@/components/charts/timeline-chart'
import { milestoneTimeline, type TimelinePoint } from '@/domain/chart-data'
import { useLocale } from '@/i18n/locale'
import { formatDate, formatInteger } from '@/lib/format'
import { panelLayout } from './panel-layout'
import type { PanelProps } from './present'

/** Opens an event's detail (`?event=n`) over the overview. */
function EventLink({
  event,
  name,
  className,
  children,
}: {
  event: number
  name?: string
  className?: string
  children: ReactNode
}) {
  return (
    <Link
      to="/"
      search={(prev) => ({ ...prev, event })}
      aria-label={name}
      className={className}
      resetScroll={false}
    >
      {children}
    </Link>
  )
}

export function TimelinePanel({ kpis, filter }: PanelProps) {
  const { _ } = useLingui()
  const locale = useLocale()
  const layout = panelLayout('timeline')
  const title = _(layout.title)
  const timeline = milestoneTimeline(kpis.dataset, locale)
  const plotHeight = timelineHeight(timeline.lanes.length, layout.plotHeight)
  const heading = _('chart.timeline.heading', { year: String(timeline.year) })
  const first = timeline.points[0]
  const lastDated = timeline.points.filter((p) => p.precision === 'day').at(-1)
  const yearOnly = timeline.points.filter((p) => p.precision === 'year').length
  const span =
    first && lastDated
      ? _('chart.timeline.span', {
          from: formatDate(first.date, locale),
          to: formatDate(lastDated.date, locale),
        })
      : ''
  const counts = {
    count: timeline.points.length,
    countText: formatInteger(timeline.points.length, locale),
    events: timeline.lanes.length,
    eventsText: formatInteger(timeline.lanes.length, locale),
    span,
  }
  const summary =
    yearOnly === 0
      ? _('chart.timeline.summaryAllDated', counts)
      : _('chart.timeline.summary', {
          ...counts,
          yearOnly,
          yearOnlyText: formatInteger(yearOnly, locale),
        })
  const eventName = (n: number) =>
    timeline.lanes.find((l) => l.event === n)?.title ?? _('chart.timeline.event', { event: n })
  const marks = timeline.points.map(
    (p: TimelinePoint): TimelineMark => ({
      key: p.id,
      lane: String(p.event),
      event: p.event,
      start: p.start,
      end: p.end,
      precision: p.precision,
      before: p.before,
      label: p.label,
      dateText: formatDate(p.date, locale),
    }),
  )
  return (
    <ChartFigure
      title={heading}
      summary={summary}
      plotHeight={plotHeight}
      legend={
        <ChartLegend
          items={[
            {
              key: 'day',
              kind: 'point',
              label: _('chart.timeline.legendDay'),
              colour: 'var(--chart-1)',
            },
            { key: 'span', kind: 'span', label: _('chart.timeline.legendSpan') },
            { key: 'before', kind: 'before', label: _('chart.timeline.legendBefore') },
          ]}
        />
      }
      notes={<p>{_('chart.timeline.note')}</p>}
      table={
        <div className="table-scroll">
          <table className="data-table chart-table">
            <caption>{_('chart.timeline.caption', { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{_('table.date')}</th>
                <th scope="col">{_('chart.timeline.milestone')}</th>
                <th scope="col">{_('chart.timeline.eventColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {timeline.points.map((p) => (
                <tr key={p.id}>
                  <td className="num">{formatDate(p.date, locale)}</td>
                  <th scope="row">{p.label}</th>
                  <td>
                    <EventLink event={p.event}>
                      {p.event}. {eventName(p.event)}
                    </EventLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    >
      <TimelineChart
        label={_('chart.timeline.plotLabel', { title })}
        height={plotHeight}
        colour="var(--chart-1)"
        domain={timeline.domain}
        lanes={timeline.lanes.map((lane) => ({
          key: String(lane.event),
          label: `${lane.event}. ${eventName(lane.event)}`,
          shortLabel: `${lane.event}. ${eventName(lane.event)}`,
        }))}
        marks={marks}
        filter={filter}
        describe={(mark) =>
          _('chart.timeline.describe', {
            date: mark.dateText,
            label: mark.label,
            event: mark.event,
          })
        }
        renderLaneLink={(lane, content, shown) => (
          <EventLink
            event={Number(lane.key)}
            name={_('chart.timeline.openEvent', { lane: shown })}
            className="timeline-link"
          >
            {content}
          </EventLink>
        )}
      />
    </ChartFigure>
  )
}
