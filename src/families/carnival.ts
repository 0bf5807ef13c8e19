/** Family 6, the 919 carnival's members against their target and the sposter.net stake against control. */
import { carnivalAndStake } from '@/domain/chart-data'
import { panelLayout } from './layout'
import {
  bandLegend,
  bulletRow,
  type FamilyInput,
  phraseOf,
  slideTargetName,
  tableRow,
  targetLegend,
  targetOf,
} from './points'
import type { Arg, FamilySpec, Words } from './spec'

/** Each of the two stacked plots' subtitle. */
const SUBTITLE = 28

export function carnivalFamily({ kpis }: FamilyInput): FamilySpec {
  const { members, duration, stake } = carnivalAndStake(kpis.rows)
  const title: Words = { id: 'chart.carnival.title' }
  const words = (id: string): Arg => ({ words: { id } })
  const height = (panelLayout('carnival').plotHeight - 2 * SUBTITLE) / 2
  const period = { period: members.period }
  const share = members.referenceShare
  const versus: Arg =
    share === undefined || members.target === undefined
      ? ''
      : {
          words: {
            id: 'chart.carnival.versus',
            values: { percent: { percent: share }, target: targetOf(members) ?? '' },
          },
        }
  const slideMembers = words('present.chart.carnival.row')
  const slideStake = words('present.chart.stake.row')
  return {
    key: 'carnival',
    events: [...new Set([members.event, stake.event])],
    figures: [],
    panel: {
      title,
      summary: {
        id: 'chart.carnival.summary',
        values: {
          members: phraseOf(members),
          duration: phraseOf(duration),
          versus,
          stake: phraseOf(stake),
        },
      },
      legend: [
        {
          key: 'members',
          kind: 'bar',
          label: { id: 'chart.carnival.members' },
          colour: 'var(--chart-2)',
        },
        {
          key: 'stake',
          kind: 'bar',
          label: { id: 'chart.carnival.stake' },
          colour: 'var(--chart-4)',
        },
        ...bandLegend([members, stake]),
        ...targetLegend([members, stake]),
      ],
      notes: [],
      table: {
        caption: { id: 'chart.caption.eachFigure', values: { title: { words: title } } },
        rows: [tableRow(members, undefined, period), tableRow(duration), tableRow(stake)],
      },
      plots: [
        {
          kind: 'bullet',
          subtitle: { id: 'chart.carnival.membersSubtitle', values: { period } },
          label: { id: 'chart.carnival.membersPlot', values: { title: { words: title } } },
          height,
          tick: 'count',
          colour: 'var(--chart-2)',
          extraTicks: [],
          rows: [bulletRow(members, words('chart.carnival.members'))],
        },
        {
          kind: 'bullet',
          subtitle: { id: 'chart.carnival.stakeSubtitle' },
          label: { id: 'chart.carnival.stakePlot', values: { title: { words: title } } },
          height,
          tick: 'percent',
          colour: 'var(--chart-4)',
          extraTicks: stake.target === undefined ? [] : [stake.target],
          rows: [bulletRow(stake, words('chart.carnival.stake'))],
        },
      ],
    },
    slides: [
      {
        key: 'carnival',
        event: members.event,
        title: { id: 'present.chart.carnival.title', values: { period } },
        legend: [
          {
            key: 'value',
            kind: 'bar',
            label: { id: 'present.chart.carnival.row' },
            colour: 'var(--chart-2)',
          },
          ...bandLegend([members], true),
          ...targetLegend([members], slideTargetName),
        ],
        plot: {
          kind: 'bullet',
          label: { id: 'present.chart.carnival.title', values: { period } },
          tick: 'count',
          colour: 'var(--chart-2)',
          extraTicks: [],
          rows: [
            bulletRow(members, slideMembers, undefined, {
              openEnded: members.qualifier === 'more-than',
            }),
          ],
        },
      },
      {
        key: 'stake',
        event: stake.event,
        title: { id: 'present.chart.stake.title' },
        legend: [
          {
            key: 'value',
            kind: 'bar',
            label: { id: 'present.chart.stake.row' },
            colour: 'var(--chart-4)',
          },
          // No control line: the release gives only "controlling interest", not China Post's share.
          ...targetLegend([stake], slideTargetName),
        ],
        plot: {
          kind: 'bullet',
          label: { id: 'present.chart.stake.title' },
          tick: 'percent',
          colour: 'var(--chart-4)',
          extraTicks: stake.target === undefined ? [] : [stake.target],
          rows: [
            bulletRow(stake, slideStake, undefined, { openEnded: stake.qualifier === 'more-than' }),
          ],
        },
      },
    ],
  }
}
