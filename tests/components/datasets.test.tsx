import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { syntheticDatasets } from '../../mocks/fixtures'
import { datasetHandlers } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import { scenarios } from '../../mocks/scenarios'
import type { Dataset } from '../../src/domain/schema'
import { syntheticTimeline } from '../fixtures/synthetic-timeline'
import { inChinese, renderApp } from '../utils'

/** The slide on screen, once it shows this text. */
const currentSlide = (text: string) =>
  waitFor(
    () => {
      const slide = document.querySelector<HTMLElement>('section.slide.is-current')
      expect(slide).toHaveTextContent(text)
      return slide as HTMLElement
    },
    { timeout: 10_000 },
  )

describe('several datasets', () => {
  it('shows no picker while only one dataset is published', async () => {
    renderApp('/')
    await screen.findByRole('heading', { name: '2017 in figures' })
    expect(screen.queryByRole('combobox', { name: 'Dataset' })).not.toBeInTheDocument()
  })

  it('opens the dataset that ?year= names, with its own names in the header and footer', async () => {
    server.use(...scenarios.synthetic())
    renderApp('/?year=synthetic-demo')
    expect(await screen.findByRole('heading', { name: '2099 in figures' })).toBeInTheDocument()
    expect(
      screen.getByText(/5 figures from Synthetic Demo Co\. \(synthetic\)’s/),
    ).toBeInTheDocument()
    const banner = screen.getByRole('banner')
    expect(banner).toHaveTextContent('Synthetic Demo Co. (synthetic)')
    expect(banner).toHaveTextContent('Synthetic demo 2099 (test data)')
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'Synthetic Demo Co. Top Three Events (synthetic)',
    )
    const card = await screen.findByRole('article', { name: 'Synthetic parcel lockers installed' })
    expect(within(card).getByText('1,200')).toBeInTheDocument()
  })

  it('offers every published dataset in a picker that keeps the rest of the view', async () => {
    server.use(...scenarios.synthetic())
    const user = userEvent.setup()
    const { router } = renderApp('/?currency=USD')
    const picker = await screen.findByRole('combobox', { name: 'Dataset' })
    const options = within(picker).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual([
      'Synthetic demo 2099 (test data)',
      'Synthetic demo 2098 (test data)',
      '2017 Top Ten Events',
    ])
    expect(picker).toHaveValue('2017')
    await user.selectOptions(picker, 'synthetic-demo')
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ year: 'synthetic-demo', currency: 'USD' }),
    )
    expect(await screen.findByRole('heading', { name: '2099 in figures' })).toBeInTheDocument()
    // The choice travels with every link.
    expect(screen.getByRole('link', { name: 'Explore' })).toHaveAttribute(
      'href',
      '/explore?year=synthetic-demo&currency=USD',
    )
  })
})

describe('a dataset without a dashboard.json', () => {
  it('charts one family per event on the overview, each figure against its target', async () => {
    server.use(...scenarios.synthetic())
    renderApp('/?year=synthetic-demo')
    await screen.findByRole('heading', { name: '2099 in figures' })
    const summaries = {
      // The provinces' illustrative reference is no published target.
      'Synthetic lockers reach more regions': '2 figures, 1 with a target.',
      'Synthetic savings fund': '2 figures, 1 with a target.',
      'Synthetic training days': '1 figure, none with a target.',
    }
    for (const [name, summary] of Object.entries(summaries)) {
      const figure = await screen.findByRole('figure', { name }, { timeout: 10_000 })
      expect(within(figure).getByText(summary)).toBeInTheDocument()
    }
    // The milestones get the timeline, as every dataset with milestones does.
    expect(screen.getByRole('figure', { name: 'Milestones of 2099' })).toBeInTheDocument()
    // None of 2017's own families, and no panel that failed for want of 2017's figures.
    expect(screen.queryByRole('figure', { name: /Innovation funnel/ })).not.toBeInTheDocument()
    expect(screen.queryByText(/could not be drawn/i)).not.toBeInTheDocument()
  })

  it('gives the deck an event slide with its figures charted', async () => {
    server.use(...scenarios.synthetic())
    renderApp('/present?year=synthetic-demo&slide=2')
    const current = await currentSlide('Synthetic lockers reach more regions')
    // The slide's chart: the event's family from the default dashboard, titled with the event.
    const chart = within(current).getByRole('figure', {
      name: 'Synthetic lockers reach more regions',
    })
    expect(chart).toHaveTextContent('Synthetic parcel lockers installed')
  })

  it('shows its figures on /explore', async () => {
    server.use(...scenarios.synthetic())
    renderApp('/explore?year=synthetic-demo')
    expect(
      await screen.findByRole('rowheader', { name: /Synthetic parcel lockers installed/ }),
    ).toBeInTheDocument()
  })
})

describe('the synthetic dataset on /data, with no code of its own', () => {
  it('shows its source, findings, targets, reference facts and quotes', async () => {
    server.use(...scenarios.synthetic())
    renderApp('/data?year=synthetic-demo')
    const main = within(await screen.findByRole('main'))
    const source = await main.findByRole('region', {
      name: 'Source: Synthetic Demo Co. Top Three Events (synthetic)',
    })
    expect(source).toHaveTextContent(
      'Synthetic Demo Co. (synthetic), published Jan 15, 2100. Synthetic test data invented',
    )
    expect(source).toHaveTextContent(
      'Dataset synthetic-demo, version 2099.1.0, as of Jan 15, 2100.',
    )

    // Its own finding: the "some 45" share is approximate.
    const findings = main.getByRole('region', { name: 'Data-quality findings (1)' })
    expect(within(findings).getByRole('listitem')).toHaveTextContent(
      'Note · event 2 · Synthetic share of the fund held',
    )
    expect(findings).toHaveTextContent('Some 45 percent of the synthetic fund was held')

    // Its three targets, each with its own provenance and basis.
    const targets = main.getByRole('table', { name: 'Targets and their provenance' })
    const rows = within(targets)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent))
    expect(rows).toEqual([
      [
        'Synthetic parcel lockers installed',
        '1,000',
        'Stated',
        'Synthetic: the plan of 1,000 lockers the synthetic release states.',
      ],
      [
        'Synthetic savings fund raised',
        'CNY 4 billion',
        'Stated',
        'Synthetic: the goal of 4 billion yuan the synthetic release states.',
      ],
      [
        'Synthetic provinces with lockers',
        '31',
        'Illustrative',
        'Synthetic, illustrative: every synthetic province.',
      ],
    ])

    const facts = main.getByRole('region', { name: 'Reference facts (not in the release)' })
    expect(facts).toHaveTextContent('Synthetic CNY per US dollar7 yuan per US dollar')
    // Every sentence the synthetic records quote, and nothing of 2017's.
    expect(main.getByRole('region', { name: /^Every quoted sentence/ })).toHaveTextContent(
      'Staff attended 300 synthetic training days',
    )
    expect(screen.getByRole('main')).not.toHaveTextContent(/China Post|2017/)
  })
})

describe('a metric added to a family in dashboard.json', () => {
  const base = syntheticDatasets.get('synthetic-demo') as Dataset
  /** A copy of the synthetic dataset whose dashboard charts these metrics in one data family. */
  const servedWith = (metrics: string[]) => {
    const copy = structuredClone(base)
    copy.dashboard = {
      families: [
        {
          key: 'synthetic-mix',
          kind: 'bullet',
          title: { en: 'Synthetic lockers and training', 'zh-CN': '合成快递柜与培训' },
          metrics,
        },
        { key: 'timeline', kind: 'timeline' },
      ],
    }
    server.use(...datasetHandlers(new Map([['synthetic-demo', copy]])))
  }
  const family = { name: 'Synthetic lockers and training' }

  it('is charted on the overview as soon as the data lists it', async () => {
    servedWith(['synthetic.lockers'])
    const { unmount } = renderApp('/?year=synthetic-demo')
    const before = await screen.findByRole('figure', family, { timeout: 10_000 })
    expect(within(before).getByText('1 figure, 1 with a target.')).toBeInTheDocument()
    unmount()

    servedWith(['synthetic.lockers', 'synthetic.training-days'])
    renderApp('/?year=synthetic-demo')
    const after = await screen.findByRole('figure', family, { timeout: 10_000 })
    expect(within(after).getByText('2 figures, 1 with a target.')).toBeInTheDocument()
    expect(after).toHaveTextContent('Synthetic training days attended')
  })

  it('is charted on the slide of its event too', async () => {
    servedWith(['synthetic.lockers', 'synthetic.training-days'])
    // Event 3's slide: its chart is the first family that charts one of its figures.
    renderApp('/present?year=synthetic-demo&slide=4')
    const current = await currentSlide('Synthetic training days')
    // The slide charts the event's own figures from that family.
    const chart = within(current).getByRole('figure', family)
    expect(chart).toHaveTextContent('Synthetic training days attended')
    expect(chart).not.toHaveTextContent('Synthetic parcel lockers installed')
  })

  it('leaves the slide without that chart while the data does not list it', async () => {
    servedWith(['synthetic.lockers'])
    renderApp('/present?year=synthetic-demo&slide=4')
    const current = await currentSlide('Synthetic training days')
    expect(within(current).queryByRole('figure', family)).not.toBeInTheDocument()
  })
})

describe('the plots of one data family, one per unit', () => {
  const plot = 'Synthetic lockers reach more regions: each figure against its target, bullet chart'
  it('are named apart by the figures each charts', async () => {
    server.use(...scenarios.synthetic())
    renderApp('/?year=synthetic-demo')
    const figure = await screen.findByRole(
      'figure',
      { name: 'Synthetic lockers reach more regions' },
      { timeout: 10_000 },
    )
    const plots = await within(figure).findAllByRole('group', { name: new RegExp(`^${plot}`) })
    expect(plots.map((p) => p.getAttribute('aria-label'))).toEqual([
      `${plot} (Synthetic parcel lockers installed)`,
      `${plot} (Synthetic provinces with lockers)`,
    ])
  })

  describe('in Chinese', () => {
    inChinese()

    it('are named apart by the figures each charts', async () => {
      server.use(...scenarios.synthetic())
      renderApp('/?year=synthetic-demo&lang=zh-CN')
      const figure = await screen.findByRole(
        'figure',
        { name: '合成快递柜覆盖更多地区' },
        { timeout: 10_000 },
      )
      const zhPlot = '合成快递柜覆盖更多地区：各项数据与目标对比，子弹图'
      const plots = await within(figure).findAllByRole('group', { name: new RegExp(`^${zhPlot}`) })
      expect(plots.map((p) => p.getAttribute('aria-label'))).toEqual([
        `${zhPlot}（合成快递柜安装数量）`,
        `${zhPlot}（合成有快递柜的省份）`,
      ])
    })
  })
})

describe('a data family in several plots (dashboard.json `plots`)', () => {
  const base = syntheticDatasets.get('synthetic-demo') as Dataset
  const text = (en: string, zh: string) => ({ en, 'zh-CN': zh })
  beforeEach(() => {
    // The Chinese test above stores its language, which would take over from ?lang=en mid-test.
    localStorage.clear()
    const copy = structuredClone(base)
    copy.dashboard = {
      families: [
        {
          key: 'synthetic-split',
          kind: 'bullet',
          title: text('Synthetic lockers in two plots', '合成快递柜（两幅图）'),
          // The training days are in the table and the words, in no plot.
          metrics: ['synthetic.lockers', 'synthetic.locker-provinces', 'synthetic.training-days'],
          plots: [
            {
              metrics: ['synthetic.lockers'],
              subtitle: text(
                'Synthetic lockers by {date:synthetic.lockers}',
                '截至{date:synthetic.lockers}的合成快递柜',
              ),
              plot: text('{title}: lockers, bullet chart', '{title}：快递柜，子弹图'),
              value: text('Synthetic lockers', '合成快递柜'),
              colour: 2,
            },
            {
              metrics: ['synthetic.locker-provinces'],
              subtitle: text('Synthetic provinces', '合成省份'),
              plot: text('{title}: provinces, bullet chart', '{title}：省份，子弹图'),
              value: text('Synthetic provinces', '合成省份'),
              colour: 4,
            },
          ],
          summary: text(
            'Synthetic lockers in {value:synthetic.locker-provinces} provinces{reference:synthetic.locker-provinces}; {value:synthetic.training-days} of training.',
            '合成快递柜覆盖{value:synthetic.locker-provinces}个省份{reference:synthetic.locker-provinces}；培训{value:synthetic.training-days}。',
          ),
        },
        { key: 'timeline', kind: 'timeline' },
      ],
    }
    server.use(...datasetHandlers(new Map([['synthetic-demo', copy]])))
  })
  const family = { name: 'Synthetic lockers in two plots' }
  // In English whatever an earlier test chose (the language is kept between visits).

  it('stacks its plots under their subtitles, each with its legend entry, and tables every figure', async () => {
    renderApp('/?year=synthetic-demo&lang=en')
    const figure = await screen.findByRole('figure', family, { timeout: 10_000 })
    // By attribute, not by role: naming every node of the page is slow in jsdom.
    // Waits out the switch from a language an earlier test stored to ?lang=en.
    await waitFor(() => {
      const plots = [...figure.querySelectorAll('[role="group"][aria-label]')]
      expect(plots.map((p) => p.getAttribute('aria-label'))).toEqual([
        'Synthetic lockers in two plots: lockers, bullet chart',
        'Synthetic lockers in two plots: provinces, bullet chart',
      ])
    })
    const subtitles = [...figure.querySelectorAll('.chart-subtitle')].map((p) => p.textContent)
    expect(subtitles).toEqual(['Synthetic lockers by 2099', 'Synthetic provinces'])
    const legend = [...figure.querySelectorAll('.chart-legend li')].map((li) => li.textContent)
    expect(legend.slice(0, 2)).toEqual(['Synthetic lockers', 'Synthetic provinces'])
    expect(figure).toHaveTextContent(
      'Synthetic lockers in 20 provinces (65% of an illustrative reference of 31; no target is published); 300 days of training.',
    )
    await userEvent.setup().click(within(figure).getByRole('button', { name: 'Show as table' }))
    expect(within(figure).getByRole('table')).toHaveTextContent('Synthetic training days attended')
  })

  it('gives an event’s slide the plot of its first figure, with only that event’s figures', async () => {
    renderApp('/present?year=synthetic-demo&slide=2&lang=en')
    const lockers = within(await currentSlide('Synthetic parcel lockers')).getByRole(
      'figure',
      family,
    )
    expect(lockers).toHaveTextContent('Synthetic lockers')
    expect(lockers).not.toHaveTextContent('Synthetic provinces with lockers')
  })

  it('gives no chart to the slide of an event whose figures no plot draws', async () => {
    renderApp('/present?year=synthetic-demo&slide=4&lang=en')
    const training = await currentSlide('Synthetic training days')
    expect(within(training).queryByRole('figure', family)).not.toBeInTheDocument()
  })
})

describe('the timeline in the dataset’s own words (dashboard.json, kind "timeline")', () => {
  it('heads, sums up and names the timeline in those words, the counts filled in', async () => {
    localStorage.clear()
    const copy = structuredClone(syntheticDatasets.get('synthetic-demo') as Dataset)
    copy.dashboard = { families: [syntheticTimeline] }
    server.use(...datasetHandlers(new Map([['synthetic-demo', copy]])))
    renderApp('/?year=synthetic-demo&lang=en')
    const figure = await screen.findByRole(
      'figure',
      { name: 'Synthetic milestones of 2099' },
      { timeout: 10_000 },
    )
    expect(within(figure).getByText('2 milestones of 2 events, all synthetic.')).toBeInTheDocument()
    expect(figure.querySelector('[aria-label="Synthetic timeline of 2 events"]')).not.toBeNull()
  })
})
