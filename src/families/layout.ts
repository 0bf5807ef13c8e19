/**
 * The chart panels' titles (catalog ids) and reserved heights, shared by the panels and by the
 * skeleton shown while their chunk loads, so nothing moves when the charts arrive. No recharts.
 */
/** `events`: the events whose figures a panel charts; it shows while any of them is in view. */
export const chartPanelLayout = [
  {
    key: 'funnel',
    title: 'chart.funnel.title',
    events: [3],
    plotHeight: 230,
    chrome: [16.25, 18.5],
  },
  {
    key: 'awards',
    title: 'chart.awards.title',
    events: [3],
    plotHeight: 330,
    chrome: [16, 22.75],
  },
  {
    key: 'psbc',
    title: 'chart.psbc.title',
    events: [4],
    plotHeight: 120,
    chrome: [19, 25.5],
  },
  {
    key: 'insurance',
    title: 'chart.insurance.title',
    events: [5],
    plotHeight: 130,
    chrome: [20.75, 24.75],
  },
  {
    key: 'coverage',
    title: 'chart.coverage.title',
    events: [7, 9],
    plotHeight: 250,
    chrome: [17.75, 23],
  },
  {
    key: 'carnival',
    title: 'chart.carnival.title',
    events: [6, 10],
    plotHeight: 260,
    chrome: [17.5, 24.5],
  },
  {
    key: 'timeline',
    title: 'chart.timeline.title',
    events: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    plotHeight: 480,
    chrome: [16.5, 20.25],
    wide: true,
  },
] as const

type PanelLayout = (typeof chartPanelLayout)[number]

/**
 * A card's reserved height as CSS variables: the plot (shorter for a filtered timeline), plus room for the text around it (in rem,
 * wide and phone layouts), measured at 360–1920 px so the text fits without growing the card.
 */
export function panelSizeStyle(
  layout: PanelLayout,
  plotHeight: number = layout.plotHeight,
): Record<string, string> {
  return {
    '--plot-height': `${plotHeight}px`,
    '--chrome-wide': `${layout.chrome[0]}rem`,
    '--chrome-narrow': `${layout.chrome[1]}rem`,
  }
}

export type ChartPanelKey = (typeof chartPanelLayout)[number]['key']

export function panelLayout(key: ChartPanelKey) {
  const layout = chartPanelLayout.find((p) => p.key === key)
  if (!layout) throw new Error(`No layout for the chart panel “${key}”.`)
  return layout
}
