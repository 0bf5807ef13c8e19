/**
 * The timeline family: the dataset's milestones, one lane per event, in its dashboard's words
 * (dashboard.json, kind "timeline") or else the catalog's generic ones.
 */
import { milestoneTimeline } from '@/domain/milestone-timeline'
import type { LocalizedText, TimelineFamily } from '@/domain/schema'
import type { FamilyInput } from './points'
import type { Arg, FamilySpec, Words } from './spec'

export function timelineFamily(family: TimelineFamily, { kpis }: FamilyInput): FamilySpec {
  const { dataset } = kpis
  const timeline = milestoneTimeline(dataset)
  const title: Words = { id: 'chart.timeline.title' }
  const first = timeline.points[0]
  const lastDated = timeline.points.filter((p) => p.precision === 'day').at(-1)
  const yearOnly = timeline.points.filter((p) => p.precision === 'year').length
  const count = timeline.points.length
  const events = timeline.lanes.length
  const counts = {
    count,
    countText: { integer: count },
    events,
    eventsText: { integer: events },
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
  // The dataset's own words, counted through the catalog's plurals: "24 milestones", "1 milestone".
  const own: Record<string, Arg> = {
    year: String(timeline.year),
    milestones: { words: { id: 'chart.timeline.milestones', values: counts } },
    events: { words: { id: 'chart.timeline.events', values: counts } },
  }
  const say = (text: LocalizedText | undefined): Words | undefined =>
    text && { text, values: own, capitalise: true }
  const labels = new Map(dataset.milestones.map((m) => [m.id, m.label]))
  return {
    key: family.key,
    events: timeline.lanes.map((lane) => lane.event),
    figures: [],
    slides: [],
    panel: {
      title: say(family.title) ?? {
        id: 'chart.timeline.heading',
        values: { year: String(timeline.year) },
      },
      summary:
        say(family.summary) ??
        (yearOnly === 0
          ? { id: 'chart.timeline.summaryAllDated', values: counts }
          : {
              id: 'chart.timeline.summary',
              values: { ...counts, yearOnly, yearOnlyText: { integer: yearOnly } },
            }),
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
      notes: family.notes?.map((note) => say(note) as Words) ?? [{ id: 'chart.timeline.note' }],
      table: {
        caption: say(family.caption) ?? {
          id: 'chart.timeline.caption',
          values: { title: { words: title } },
        },
        rows: [],
      },
      plots: [],
    },
    timeline: {
      kind: 'timeline',
      label: say(family.plot) ?? {
        id: 'chart.timeline.plotLabel',
        values: { title: { words: title } },
      },
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
