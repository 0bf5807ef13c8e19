import { useEffect, useRef } from 'react'

/**
 * One channel for the app's decks; messages carry the deck they are about, which starts with the
 * dataset's id, so windows showing different datasets never follow each other.
 */
export const DECK_CHANNEL = 'kpi-dashboard:present'

/** What the audience and presenter windows share: the slide, black screen, paused auto-advance. */
export interface DeckState {
  slide: number
  black: boolean
  paused: boolean
}

/**
 * The order of changes across windows (a Lamport clock): a change made here counts one past the
 * latest this window knows; equal counts are ordered by window id. Every window keeps the latest
 * change by this order, so after any sequence of keys, even opposite keys pressed at once in two
 * windows, they all end on the same slide.
 */
export interface ChangeStamp {
  seq: number
  origin: string
}

export function isLater(a: ChangeStamp, b: ChangeStamp): boolean {
  return a.seq > b.seq || (a.seq === b.seq && a.origin > b.origin)
}

type DeckMessage =
  | { type: 'hello'; deck: string }
  | ({ type: 'state'; deck: string } & DeckState & ChangeStamp)

function isMessage(data: unknown): data is DeckMessage {
  if (typeof data !== 'object' || data === null) return false
  const message = data as Partial<DeckMessage>
  if (typeof message.deck !== 'string') return false
  if (message.type === 'hello') return true
  return (
    message.type === 'state' &&
    typeof message.seq === 'number' &&
    typeof message.origin === 'string' &&
    typeof message.slide === 'number' &&
    typeof message.black === 'boolean' &&
    typeof message.paused === 'boolean'
  )
}

const windowId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

/**
 * Keeps every window showing the same deck in step, across tabs and windows of this origin, in
 * both directions. A window that opens asks the others where they are and follows them; after
 * that each local change is sent, and a change received is applied, without being sent back, when
 * it is later than the last change this window knows (see ChangeStamp).
 */
export function useDeckChannel(deck: string, state: DeckState, apply: (state: DeckState) => void) {
  const channel = useRef<BroadcastChannel | undefined>(undefined)
  const current = useRef(state)
  current.current = state
  const applyRef = useRef(apply)
  applyRef.current = apply
  const sent = useRef<string | undefined>(undefined)
  const stamp = useRef<ChangeStamp>({ seq: 0, origin: '' })
  const self = useRef('')
  if (self.current === '') self.current = windowId()

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const bc = new BroadcastChannel(DECK_CHANNEL)
    channel.current = bc
    sent.current = JSON.stringify(current.current)
    bc.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data
      if (!isMessage(message) || message.deck !== deck) return
      if (message.type === 'hello') {
        bc.postMessage({ type: 'state', deck, ...current.current, ...stamp.current })
        return
      }
      // A window that has made or taken no change yet follows whatever it hears first.
      if (stamp.current.origin !== '' && !isLater(message, stamp.current)) return
      stamp.current = { seq: message.seq, origin: message.origin }
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
    stamp.current = { seq: stamp.current.seq + 1, origin: self.current }
    channel.current?.postMessage({
      type: 'state',
      deck,
      ...(JSON.parse(key) as DeckState),
      ...stamp.current,
    })
  }, [key, deck])
}
