/**
 * The milestones' timeline is a data family (kind "timeline", no metrics): the catalog's words by
 * default, the dataset's own where its dashboard.json writes them, counted in the reader's language.
 */
import { i18n } from '@lingui/core'
import { afterEach, describe, expect, it } from 'vitest'
import { syntheticDatasets } from '../../mocks/fixtures'
import { genericTimeline } from '../../src/domain/dashboard'
import { deriveKpis } from '../../src/domain/kpis'
import type { Dataset, TimelineFamily } from '../../src/domain/schema'
import { say } from '../../src/families/say'
import { timelineFamily } from '../../src/families/timeline'
import { en, zh } from '../../src/locales/all'
import { syntheticTimeline } from '../fixtures/synthetic-timeline'

const dataset = syntheticDatasets.get('synthetic-demo') as Dataset
const money = { currency: undefined, rate: undefined }
const build = (family: TimelineFamily, data = dataset) =>
  timelineFamily(family, { kpis: deriveKpis(data), money, rate: undefined })

const own = syntheticTimeline

/** Every word of the panel, said in a language. */
function words(family: TimelineFamily, locale: 'en' | 'zh-CN', data = dataset) {
  const spec = build(family, data)
  return {
    title: say(spec.panel.title, locale),
    summary: say(spec.panel.summary, locale),
    notes: spec.panel.notes.map((n) => say(n, locale)),
    caption: say(spec.panel.table.caption, locale),
    plot: spec.timeline && say(spec.timeline.label, locale),
  }
}

afterEach(() => i18n.loadAndActivate({ locale: 'en', messages: { ...en } }))

describe('the timeline family', () => {
  it('says the catalog’s words when the dataset writes none', () => {
    expect(words(genericTimeline, 'en')).toEqual({
      title: 'Milestones of 2099',
      // The range as the formatter writes it (thin spaces around the dash).
      summary: expect.stringMatching(
        /^2 milestones of 2 events, spanning Jun 1\s–\sDec 31, 2099; all are dated to the month or the day\.$/,
      ),
      notes: [i18n._('chart.timeline.note')],
      caption: 'Milestone timeline: every dated milestone, with its event',
      plot: 'Milestone timeline, timeline by event',
    })
  })

  it('says the dataset’s own words, each count in its plural', () => {
    expect(words(own, 'en')).toEqual({
      title: 'Synthetic milestones of 2099',
      summary: '2 milestones of 2 events, all synthetic.',
      notes: ['Synthetic note: 2 milestones.'],
      caption: 'Synthetic milestones in 2099',
      plot: 'Synthetic timeline of 2 events',
    })
    // One milestone of one event: the singular, from the catalog's plural (Intl.PluralRules).
    const one = { ...dataset, milestones: dataset.milestones.slice(0, 1) }
    expect(words(own, 'en', one).summary).toBe('1 milestone of 1 event, all synthetic.')
    i18n.loadAndActivate({ locale: 'zh-CN', messages: { ...zh } })
    expect(words(own, 'zh-CN')).toEqual({
      title: '2099年合成里程碑',
      summary: '2条新闻共有2个里程碑，均为合成数据。',
      notes: ['合成说明：2个里程碑。'],
      caption: '2099年合成里程碑',
      plot: '2条新闻的合成时间线',
    })
  })

  it('keeps its key, charts every milestone and gives the deck no chart', () => {
    const spec = build(own)
    expect(spec.key).toBe('synthetic-milestones')
    expect(spec.timeline?.points.map((p) => p.key)).toEqual([
      'synthetic.fund-launch',
      'synthetic.lockers-complete',
    ])
    expect(spec.slides).toEqual([])
  })
})
