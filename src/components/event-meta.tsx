import type { KpiEvent } from '@/domain/schema'
import { categoryMessage } from '@/i18n/labels'
import { useLanguage } from '@/i18n/locale'
import { formatPeriod } from '@/lib/format'

/** An event's number, category and period, above its title on a card and in its detail. */
export function EventMeta({ event }: { event: KpiEvent }) {
  const [_, locale] = useLanguage()
  return (
    <p className="event-meta">
      <span className="event-number">{event.number}</span>
      <span className={`category category-${event.category}`}>
        {_(categoryMessage[event.category])}
      </span>
      <span>{formatPeriod(event.period, locale)}</span>
    </p>
  )
}
