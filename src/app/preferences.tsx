import { useEffect } from 'react'
import * as z from 'zod/mini'
import { useNavigate, useSearch } from '@/lib/router/react'
import { type Theme, themes } from '@/lib/search-params'
import { readStored, removeStored, writeStored } from '@/lib/storage'

const THEME_KEY = 'cp-kpi:theme'
const THEME_VERSION = 1

function storedTheme(): Theme | undefined {
  const read = readStored(THEME_KEY, z.enum(themes), THEME_VERSION)
  return read.status === 'ok' ? read.value : undefined
}

/** The theme in force: the URL's, else the one the reader chose last time, else the system's. */
export function useTheme(): [Theme | undefined, (theme: Theme | undefined) => void] {
  // The one value it needs, so another parameter's navigation does not render the header again.
  const theme = useSearch((s) => s.theme) ?? storedTheme()
  const navigate = useNavigate()
  const setTheme = (next: Theme | undefined) => {
    if (next) writeStored(THEME_KEY, next, THEME_VERSION)
    else removeStored(THEME_KEY)
    void navigate({ to: '.', search: (prev) => ({ ...prev, theme: next }), replace: true })
  }
  return [theme, setTheme]
}

/** Puts the chosen theme on <html>; without a choice the CSS follows prefers-color-scheme. */
export function useApplyTheme(theme: Theme | undefined) {
  useEffect(() => {
    const root = document.documentElement
    if (theme) root.dataset.theme = theme
    else delete root.dataset.theme
  }, [theme])
}
