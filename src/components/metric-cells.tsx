import { useLingui } from '@lingui/react'
import type { CurrencyChoice } from '@/domain/currency'
import type { Metric } from '@/domain/schema'
import { categoryMessage, unitMessage } from '@/i18n/labels'
import { useLanguage } from '@/i18n/locale'

/** Under a metric's name in a table: "Event 5 · Insurance". */
export function EventCategoryLine({ metric, className }: { metric: Metric; className?: string }) {
  const { _ } = useLingui()
  return (
    <span className={className ? `cell-sub ${className}` : 'cell-sub'}>
      {_('table.eventCategory', {
        number: metric.event,
        category: _(categoryMessage[metric.category]),
      })}
    </span>
  )
}

/** A table's unit for a metric: its own, or the currency it was converted to. */
export function useUnitText(metric: Metric, converted: boolean, currency: CurrencyChoice): string {
  const [_, locale] = useLanguage()
  if (converted && currency) return _('table.converted', { currency })
  return metric.countWord?.[locale] ?? _(unitMessage[metric.unit])
}
