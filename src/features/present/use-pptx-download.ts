import { useLingui } from '@lingui/react'
import { useCallback, useState } from 'react'
import type { Dataset } from '@/domain/schema'
import { exportStamp } from '@/i18n/export-table'
import { useLocale } from '@/i18n/locale'
import type { Deck } from './deck-model'

/**
 * The deck as a .pptx download, in the language, currency, filters and theme on screen. The
 * PowerPoint library loads only now, on the first press.
 */
export function usePptxDownload(deck: Deck, dataset: Dataset, stage: () => Element | null) {
  const { _ } = useLingui()
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
          title: _('present.pageTitle'),
        },
        `china-post-2017-deck-${locale}.pptx`,
      )
      setState('idle')
    } catch {
      setState('failed')
    }
  }, [deck, dataset, stage, locale, _])
  return [state, download] as const
}
