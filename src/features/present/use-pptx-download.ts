import { useCallback, useState } from 'react'
import type { Dataset } from '@/domain/schema'
import { exportStamp } from '@/i18n/export-table'
import { useLocale } from '@/i18n/locale'
import type { Deck } from './deck-model'
import { deckTitle } from './deck-words'

/**
 * The deck as a .pptx download, in the language, currency, filters and theme on screen. The
 * PowerPoint library loads only now, on the first press.
 */
export function usePptxDownload(deck: Deck, dataset: Dataset, stage: () => Element | null) {
  const locale = useLocale()
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle')
  const download = useCallback(async () => {
    const element = stage()
    if (!element) return
    setState('working')
    try {
      const { downloadDeckPptx, readPalette } = await import('./deck-pptx')
      await downloadDeckPptx(
        deck,
        {
          palette: readPalette(element),
          locale,
          stamp: exportStamp(dataset, window.location.href),
          title: deckTitle(dataset, locale),
        },
        `${dataset.id}-deck-${locale}.pptx`,
      )
      setState('idle')
    } catch {
      setState('failed')
    }
  }, [deck, dataset, stage, locale])
  return [state, download] as const
}
