import type { Kpis } from '../../domain/kpis'

export interface ChartPanelsProps {
  kpis: Kpis
  currency: 'CNY' | 'USD' | undefined
}

export default function ChartPanels(_props: ChartPanelsProps) {
  return null
}
