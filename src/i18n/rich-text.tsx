import { Fragment, type ReactNode } from 'react'

/** Invisible separator around a slot's name; it never occurs in catalog text. */
const MARK = '\u2063'

/** A value for `_()` that `withElements` later replaces with an element (a link, `<code>` …). */
export const slot = (name: string) => `${MARK}${name}${MARK}`

/**
 * A translated sentence with elements in its slots, so each language puts them where its word
 * order wants them: `withElements(_(id, { title: slot('title') }), { title: <cite /> })`.
 */
export function withElements(text: string, elements: Record<string, ReactNode>): ReactNode {
  return text.split(MARK).map((part, i) =>
    // Odd parts are slot names: the text alternates text, name, text …
    // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder.
    i % 2 === 1 ? <Fragment key={i}>{elements[part]}</Fragment> : part,
  )
}
