/**
 * Plots of one panel that would share an accessible name (a data family draws one plot per unit,
 * each under the family's words) are told apart by the figures each charts: "…, bullet chart
 * (Synthetic provinces with lockers)". A panel whose plots are already named apart is unchanged.
 */
import type { Arg, FamilySpec, PlotSpec } from './spec'

function figuresOf(plot: PlotSpec): Arg[] {
  return plot.kind === 'bullet'
    ? plot.rows.map((r) => r.label)
    : plot.categories.map((c) => c.label)
}

export function withDistinctPlotLabels(spec: FamilySpec): FamilySpec {
  const { plots } = spec.panel
  const named = plots.map((p) => JSON.stringify(p.label))
  if (new Set(named).size === named.length) return spec
  return {
    ...spec,
    panel: {
      ...spec.panel,
      plots: plots.map((plot, i) =>
        named.indexOf(named[i] ?? '') === named.lastIndexOf(named[i] ?? '')
          ? plot
          : {
              ...plot,
              label: {
                id: 'chart.plotOf',
                values: { plot: { words: plot.label }, figures: { list: figuresOf(plot) } },
              },
            },
      ),
    },
  }
}
