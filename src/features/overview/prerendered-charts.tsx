/**
 * The chart grid the build drew (static SVG: the app's own panels drawn at fixed widths), where
 * the prerendered page shows the charts, so they are in the first paint before any script runs
 * and with scripts off. The app then renders its own charts in their place.
 */
export function PrerenderedCharts({ grid }: { grid: string }) {
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: drawn by the build from the dataset, not user input
    <div data-static-charts="" dangerouslySetInnerHTML={{ __html: grid }} />
  )
}
