/** Reserves the chart panels' space while their chunk loads. */
export function ChartPanelsSkeleton() {
  return <div className="chart-panels-skeleton" style={{ minHeight: 2400 }} aria-hidden="true" />
}
