import { Fragment } from 'react'

/**
 * Quoted passages: “…” in either language, 《…》 (a title) in Chinese. Those with Latin letters
 * and no Chinese are the release's own English: its sentences, its title, the names it spells.
 */
const QUOTED = /(“[^“”]*”|《[^《》]*》)/
const CHINESE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/
const LATIN = /[A-Za-z]/

export function isEnglishPassage(quoted: string): boolean {
  return LATIN.test(quoted) && !CHINESE.test(quoted)
}

/**
 * A line of the deck with its English passages marked `lang="en"`, so a screen reader reading
 * the Chinese deck switches voice for them (and the browser picks their fonts and quotes).
 */
export function WithEnglish({ text }: { text: string }) {
  const parts = text.split(QUOTED)
  if (parts.length === 1) return text
  // Odd parts are the quoted passages, marks included: text, passage, text …
  return parts.map((part, i) =>
    i % 2 === 1 && isEnglishPassage(part) ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder.
      <Fragment key={i}>
        {part.slice(0, 1)}
        <span lang="en">{part.slice(1, -1)}</span>
        {part.slice(-1)}
      </Fragment>
    ) : (
      part
    ),
  )
}
