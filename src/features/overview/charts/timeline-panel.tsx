import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { ChartFigure } from '../../../components/charts/chart-figure'
import { ChartLegend } from '../../../components/charts/chart-legend'
import { TimelineChart, type TimelineMark } from '../../../components/charts/timeline-chart'
import { milestoneTimeline, type TimelinePoint } from '../../../domain/chart-data'
import { formatDate } from '../../../lib/format'
import { panelLayout } from './panel-layout'
import type { PanelProps } from './present'

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

export function TimelinePanel({ kpis }: PanelProps) {
  const { title, plotHeight } = panelLayout('timeline')
  const timeline = milestoneTimeline(kpis.dataset)
  const byKey = new Map(timeline.points.map((p) => [p.id, p]))
  const first = timeline.points[0]
  const lastDated = timeline.points.filter((p) => p.precision === 'day').at(-1)
  const yearOnly = timeline.points.filter((p) => p.precision === 'year').length
  const span =
    first && lastDated
      ? `, from ${formatDate(first.date, 'en')} to ${formatDate(lastDated.date, 'en')}`
      : ''
  const summary = `${timeline.points.length} milestones of ${timeline.lanes.length} events${span}; ${yearOnly} ${yearOnly === 1 ? 'is' : 'are'} dated only to the year.`
  const eventName = (n: number) => timeline.lanes.find((l) => l.event === n)?.title ?? ''
  const markName = (mark: TimelineMark) => {
    const p = byKey.get(mark.key)
    return `${mark.dateText}: ${mark.label}. Event ${p?.event ?? ''}, ${eventName(p?.event ?? 0)}`
  }
  const marks = timeline.points.map(
    (p: TimelinePoint): TimelineMark => ({
      key: p.id,
      lane: String(p.event),
      start: p.start,
      end: p.end,
      precision: p.precision,
      before: p.before,
      label: p.label,
      dateText: formatDate(p.date, 'en'),
    }),
  )
  return (
    <ChartFigure
      title={`Milestones of ${timeline.year}`}
      summary={summary}
      plotHeight={plotHeight}
      legend={
        <ChartLegend
          items={[
            { key: 'day', kind: 'point', label: 'Dated to the day', colour: 'var(--chart-1)' },
            { key: 'span', kind: 'span', label: 'Dated to the month or year only' },
            { key: 'before', kind: 'before', label: 'Earlier than the axis' },
          ]}
        />
      }
      notes={<p>Each milestone and event name opens the event’s detail.</p>}
      table={
        <div className="table-scroll">
          <table className="data-table chart-table">
            <caption>{title}: every dated milestone, with its event</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Milestone</th>
                <th scope="col">Event</th>
              </tr>
            </thead>
            <tbody>
              {timeline.points.map((p) => (
                <tr key={p.id}>
                  <td className="num">{formatDate(p.date, 'en')}</td>
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
        label={`${title}, timeline by event`}
        height={plotHeight}
        colour="var(--chart-1)"
        domain={timeline.domain}
        lanes={timeline.lanes.map((lane) => ({
          key: String(lane.event),
          label: `${lane.event}. ${lane.title}`,
          shortLabel: `${lane.event}. ${lane.title}`,
        }))}
        marks={marks}
        describe={(mark) => `${mark.dateText}: ${mark.label} (event ${mark.lane})`}
        renderMarkLink={(mark, content) => (
          <EventLink event={Number(mark.lane)} name={markName(mark)} className="timeline-link">
            {content}
          </EventLink>
        )}
        renderLaneLink={(lane, content) => (
          <EventLink
            event={Number(lane.key)}
            name={`Event ${lane.label}`}
            className="timeline-link"
          >
            {content}
          </EventLink>
        )}
      />
    </ChartFigure>
  )
}
