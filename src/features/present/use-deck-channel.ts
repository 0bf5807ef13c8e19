import { useEffect, useRef } from 'react'

/** One channel for the app's decks; messages carry the deck they are about. */
export const DECK_CHANNEL = 'china-post-2017-kpis:present'

/** What the audience and presenter windows share: the slide, black screen, paused auto-advance. */
export interface DeckState {
  slide: number
  black: boolean
  paused: boolean
}

type DeckMessage = { type: 'hello'; deck: string } | ({ type: 'state'; deck: string } & DeckState)

function isMessage(data: unknown): data is DeckMessage {
  if (typeof data !== 'object' || data === null) return false
  const message = data as Partial<DeckMessage>
  return (message.type === 'hello' || message.type === 'state') && typeof message.deck === 'string'
}

/**
 * Keeps every window showing the same deck in step, across tabs and windows of this origin, in
 * both directions. A window that opens asks the others where they are and follows them; after
 * that each local change is sent, and a change received is applied without being sent back.
 */
export function useDeckChannel(deck: string, state: DeckState, apply: (state: DeckState) => void) {
  const channel = useRef<BroadcastChannel | undefined>(undefined)
  const current = useRef(state)
  current.current = state
  const applyRef = useRef(apply)
  applyRef.current = apply
  const sent = useRef<string | undefined>(undefined)

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const bc = new BroadcastChannel(DECK_CHANNEL)
    channel.current = bc
    sent.current = JSON.stringify(current.current)
    bc.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data
      if (!isMessage(message) || message.deck !== deck) return
      if (message.type === 'hello') {
        bc.postMessage({ type: 'state', deck, ...current.current })
        return
      }
      const next = { slide: message.slide, black: message.black, paused: message.paused }
      sent.current = JSON.stringify(next)
      applyRef.current(next)
    }
    bc.postMessage({ type: 'hello', deck })
    return () => {
      bc.close()
      channel.current = undefined
    }
  }, [deck])

  const key = JSON.stringify(state)
  useEffect(() => {
    // Only changes made here are sent: not the state on opening, nor one just received.
    if (key === sent.current) return
    sent.current = key
    channel.current?.postMessage({ type: 'state', deck, ...(JSON.parse(key) as DeckState) })
  }, [key, deck])
}
