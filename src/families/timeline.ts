/** Family 7, the milestones of the year, one lane per event. */
import { milestoneTimeline } from '@/domain/milestone-timeline'
import type { FamilyInput } from './points'
import type { FamilySpec, Words } from './spec'

export function timelineFamily({ kpis }: FamilyInput): FamilySpec {
  const { dataset } = kpis
  const timeline = milestoneTimeline(dataset)
  const title: Words = { id: 'chart.timeline.title' }
  const first = timeline.points[0]
  const lastDated = timeline.points.filter((p) => p.precision === 'day').at(-1)
  const yearOnly = timeline.points.filter((p) => p.precision === 'year').length
  const counts = {
    count: timeline.points.length,
    countText: { integer: timeline.points.length },
    events: timeline.lanes.length,
    eventsText: { integer: timeline.lanes.length },
    span:
      first && lastDated
        ? {
            words: {
              id: 'chart.timeline.span',
              // One range, written by the formatter: 2016年至2017年11月10日, never two dates joined by hand.
              values: { period: { period: { start: first.date, end: lastDated.date } } },
            },
          }
        : '',
  }
  const labels = new Map(dataset.milestones.map((m) => [m.id, m.label]))
  return {
    key: 'timeline',
    events: timeline.lanes.map((lane) => lane.event),
    figures: [],
    slides: [],
    panel: {
      title: { id: 'chart.timeline.heading', values: { year: String(timeline.year) } },
      summary:
        yearOnly === 0
          ? { id: 'chart.timeline.summaryAllDated', values: counts }
          : {
              id: 'chart.timeline.summary',
              values: { ...counts, yearOnly, yearOnlyText: { integer: yearOnly } },
            },
      legend: [
        {
          key: 'day',
          kind: 'point',
          label: { id: 'chart.timeline.legendDay' },
          colour: 'var(--chart-1)',
        },
        { key: 'span', kind: 'span', label: { id: 'chart.timeline.legendSpan' } },
        { key: 'before', kind: 'before', label: { id: 'chart.timeline.legendBefore' } },
      ],
      notes: [{ id: 'chart.timeline.note' }],
      table: {
        caption: { id: 'chart.timeline.caption', values: { title: { words: title } } },
        rows: [],
      },
      plots: [],
    },
    timeline: {
      kind: 'timeline',
      year: timeline.year,
      domain: timeline.domain,
      lanes: timeline.lanes.map((lane) => ({
        event: lane.event,
        title: dataset.events.find((e) => e.number === lane.event)?.title,
      })),
      points: timeline.points.map((p) => ({
        key: p.id,
        event: p.event,
        date: p.date,
        precision: p.precision,
        start: p.start,
        end: p.end,
        label: labels.get(p.id) ?? { en: p.label, 'zh-CN': p.label },
        before: p.before,
      })),
    },
  }
}
