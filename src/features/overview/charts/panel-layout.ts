/**
 * The chart panels' titles and reserved heights, shared by the panels and by the skeleton shown
 * while their chunk loads, so nothing moves when the charts arrive. No recharts here.
 */
export const chartPanelLayout = [
  { key: 'funnel', title: 'Innovation funnel', plotHeight: 230 },
  { key: 'awards', title: 'Innovation awards by prize tier', plotHeight: 330 },
  { key: 'psbc', title: 'PSBC preferred-share issue', plotHeight: 120 },
  { key: 'insurance', title: 'Insurance “Double 10 billion”', plotHeight: 330 },
  { key: 'coverage', title: 'Rollout coverage', plotHeight: 250 },
  { key: 'carnival', title: '919 Shopping Carnival and sposter.net stake', plotHeight: 260 },
  { key: 'timeline', title: 'Milestone timeline', plotHeight: 480, wide: true },
] as const

export type ChartPanelKey = (typeof chartPanelLayout)[number]['key']

export function panelLayout(key: ChartPanelKey) {
  const layout = chartPanelLayout.find((p) => p.key === key)
  if (!layout) throw new Error(`No layout for the chart panel “${key}”.`)
  return layout
}
