import type { ReactNode } from 'react'
import { ChartFigure } from '@/components/charts/chart-figure'
import { ChartLegend } from '@/components/charts/chart-legend'
import type { MarkFilter } from '@/components/charts/chart-types'
import { TimelineChart, type TimelineMark } from '@/components/charts/timeline-chart'
import { TableHead } from '@/components/table-head'
import { legendItems } from '@/families/render'
import { say } from '@/families/say'
import type { FamilySpec } from '@/families/spec'
import { useLanguage } from '@/i18n/locale'
import { formatDate } from '@/lib/format'
import { Link } from '@/lib/router/react'

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

/** The milestone timeline, drawn from its family's spec, with links that open each event. */
export function TimelinePanel({
  spec,
  plotHeight,
  filter,
}: {
  spec: FamilySpec
  plotHeight: number
  filter: MarkFilter
}) {
  const [_, locale] = useLanguage()
  const { panel, timeline } = spec
  if (!timeline) throw new Error(`The family “${spec.key}” has no timeline.`)
  const heading = say(panel.title, locale)
  const eventName = (n: number) =>
    timeline.lanes.find((l) => l.event === n)?.title?.[locale] ??
    _('chart.timeline.event', { event: n })
  const marks = timeline.points.map(
    (p): TimelineMark => ({
      key: p.key,
      lane: String(p.event),
      event: p.event,
      start: p.start,
      end: p.end,
      precision: p.precision,
      before: p.before,
      label: p.label[locale],
      dateText: formatDate(p.date, locale),
    }),
  )
  return (
    <ChartFigure
      title={heading}
      summary={say(panel.summary, locale)}
      plotHeight={plotHeight}
      legend={<ChartLegend items={legendItems(panel.legend, locale)} />}
      notes={panel.notes.map((note) => say(note, locale)).map((text) => <p key={text}>{text}</p>)}
      table={
        <div className="table-scroll">
          <table className="data-table chart-table">
            <caption>{say(panel.table.caption, locale)}</caption>
            <TableHead
              columns={[
                _('table.date'),
                _('chart.timeline.milestone'),
                _('chart.timeline.eventColumn'),
              ]}
            />
            <tbody>
              {timeline.points.map((p) => (
                <tr key={p.key}>
                  <td className="num">{formatDate(p.date, locale)}</td>
                  <th scope="row">{p.label[locale]}</th>
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
        label={say(timeline.label, locale)}
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
