import type { ReactNode } from 'react'
import type { Category } from '@/domain/schema'
import { categoryMessage } from '@/i18n/labels'
import { useLanguage } from '@/i18n/locale'

/**
 * The line above a title that says which event it belongs to: the event's number, its category,
 * then what the place needs (the period on a card, the event's title in a metric's drawer).
 */
export function EventMeta({
  number,
  category,
  numberTitle,
  children,
}: {
  number: number
  category: Category
  /** Spells out the bare number where the title beside it is not the event's own. */
  numberTitle?: string
  children: ReactNode
}) {
  const [_] = useLanguage()
  return (
    <p className="event-meta">
      <span className="event-number" title={numberTitle}>
        {number}
      </span>
      <span className={`category category-${category}`}>{_(categoryMessage[category])}</span>
      <span>{children}</span>
    </p>
  )
}
