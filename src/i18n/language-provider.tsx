import type { I18n } from '@lingui/core'
import { LinguiContext } from '@lingui/react'
import { type ContextType, type ReactNode, useEffect, useState } from 'react'

interface Shown {
  context: NonNullable<ContextType<typeof LinguiContext>>
  locale: string
}

function shownOf(i18n: I18n): Shown {
  return { context: { i18n, _: i18n.t.bind(i18n) }, locale: i18n.locale }
}

/**
 * Lingui's context for the app, renewed on a change of language only. Lingui's own provider renews
 * it on every `change`, which `i18n.load` also emits: each catalog part arriving after the takeover
 * rendered the whole overview again, one long task per part (#16). No component needs that render:
 * code that names a part's ids is loaded with the part (`withCatalogParts`), and a change of
 * language loads every part before it activates.
 */
export function LanguageProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const [shown, setShown] = useState(() => shownOf(i18n))
  useEffect(() => {
    const update = () =>
      setShown((current) => (current.locale === i18n.locale ? current : shownOf(i18n)))
    // The language may have changed between the first render and this effect.
    update()
    return i18n.on('change', update)
  }, [i18n])
  return <LinguiContext.Provider value={shown.context}>{children}</LinguiContext.Provider>
}
