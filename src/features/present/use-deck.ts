import { startTransition, useEffect, useState, useSyncExternalStore } from 'react'
import { cnyPerUsd, type MoneyView } from '@/domain/currency'
import type { MetricFilters } from '@/domain/filters'
import type { Kpis } from '@/domain/kpis'
import type { Locale } from '@/domain/locale'
import type { OtherPeriods } from '@/families/other-periods'
import { nextTask } from '@/lib/next-task'
import { buildDeck, deckInParts } from './deck-build'
import type { Deck } from './deck-model'

type Built = { deck: Deck } | { error: unknown }

const noChange = () => () => undefined
/** True in the build's prerender (renderToString), where effects never run. */
const useServerRender = () =>
  useSyncExternalStore(
    noChange,
    () => false,
    () => true,
  )

/**
 * The deck for these inputs, built a part per task (deckInParts) so that input and painting go
 * on in between: undefined until the first is ready; after a change (language, filters,
 * currency), the deck before it until the new one is.
 */
export function useDeck(
  kpis: Kpis | undefined,
  filters: MetricFilters,
  currency: MoneyView['currency'],
  locale: Locale,
  others: OtherPeriods | undefined,
): Deck | undefined {
  const [built, setBuilt] = useState<Built>()
  const server = useServerRender()
  useEffect(() => {
    if (!kpis) return
    let stopped = false
    const parts = deckInParts(
      kpis,
      filters,
      { currency, rate: cnyPerUsd(kpis.dataset) },
      locale,
      others,
    )
    const build = async () => {
      let part = parts.next()
      while (!part.done) {
        await nextTask()
        // The inputs changed meanwhile: that deck is being built instead.
        if (stopped) return
        part = parts.next()
      }
      const deck = part.value
      startTransition(() => setBuilt({ deck }))
    }
    build().catch((error: unknown) => setBuilt({ error }))
    return () => {
      stopped = true
    }
  }, [kpis, filters, currency, locale, others])
  // The build's prerender of the title slide builds the deck at once.
  if (server && kpis) {
    return buildDeck(kpis, filters, { currency, rate: cnyPerUsd(kpis.dataset) }, locale, others)
  }
  // A bug in the build reaches the error boundary, as it did when the deck was built in render.
  if (built && 'error' in built) throw built.error
  return built?.deck
}
