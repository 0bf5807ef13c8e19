import type { ReactNode } from 'react'

/** Marks where the element goes; a private-use character no catalog or dataset writes. */
const SLOT = '\uE000'

/**
 * A translated sentence with an element inside it, placed where the language puts it ("Source: X";
 * 来源：《X》), for an element that keeps its own markup (an English title marked lang="en").
 */
export function WordsAround({
  say,
  children,
}: {
  /** Formats the message with the slot in place of the element. */
  say: (slot: string) => string
  children: ReactNode
}) {
  const [before = '', after = ''] = say(SLOT).split(SLOT)
  return (
    <>
      {before}
      {children}
      {after}
    </>
  )
}
