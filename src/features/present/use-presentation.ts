import { useCallback, useEffect, useRef, useState } from 'react'
import { useNavigate } from '@/lib/router/react'
import { clampSlide } from './deck-build'
import type { Deck } from './deck-model'
import { appendDigit, jumpTarget, type KeyInput, keyAction, type PresentAction } from './keymap'
import { type DeckState, useDeckChannel } from './use-deck-channel'

/** Typed digits are forgotten after this long without Enter. */
const DIGITS_TIMEOUT_MS = 3000

export interface Presentation {
  /** The slide on screen, 1-based, always within the deck. */
  slide: number
  count: number
  go: (slide: number) => void
  next: () => void
  previous: () => void
  black: boolean
  setBlack: (black: boolean) => void
  paused: boolean
  setPaused: (paused: boolean) => void
  /** Digits typed towards a jump ("Go to slide 1_"). */
  digits: string
  /** Handles a deck action from a key; returns the actions it left to the caller. */
  handle: (action: PresentAction) => PresentAction | undefined
}

/**
 * The slide in the URL (`?slide=n`, replacing history so Back leaves the deck), black screen and
 * pause, kept in step with the deck's other windows. Both the audience and presenter windows use
 * it; what only one of them does (exit, full screen, opening the presenter view) is left to them.
 */
export function usePresentation(
  deck: Deck,
  requested: number | undefined,
  channelKey: string,
  onRemoteChange?: () => void,
): Presentation {
  const navigate = useNavigate()
  const count = deck.slides.length
  const slide = clampSlide(requested, count)
  const latest = useRef(slide)
  latest.current = slide
  const [black, setBlack] = useState(false)
  const [paused, setPaused] = useState(false)
  const [digits, setDigits] = useState('')

  const go = useCallback(
    (target: number) => {
      const next = clampSlide(target, count)
      if (next === latest.current) return
      latest.current = next
      void navigate({ to: '/present', search: (prev) => ({ ...prev, slide: next }), replace: true })
    },
    [navigate, count],
  )
  const next = useCallback(() => go(latest.current + 1), [go])
  const previous = useCallback(() => go(latest.current - 1), [go])

  // A slide past the end (a shorter, filtered deck; a typo in a link) is corrected in the URL.
  useEffect(() => {
    if (requested !== undefined && requested !== slide) {
      void navigate({ to: '/present', search: (prev) => ({ ...prev, slide }), replace: true })
    }
  }, [requested, slide, navigate])

  useEffect(() => {
    if (digits === '') return
    const timer = window.setTimeout(() => setDigits(''), DIGITS_TIMEOUT_MS)
    return () => window.clearTimeout(timer)
  }, [digits])

  const remote = useRef(onRemoteChange)
  remote.current = onRemoteChange
  const apply = useCallback(
    (state: DeckState) => {
      go(state.slide)
      setBlack(state.black)
      setPaused(state.paused)
      remote.current?.()
    },
    [go],
  )
  useDeckChannel(channelKey, { slide, black, paused }, apply)

  const handle = useCallback(
    (action: PresentAction): PresentAction | undefined => {
      if (action.type !== 'digit') setDigits('')
      // While the screen is black, the first key only brings the picture back: moving on
      // unseen would skip a slide the audience never saw.
      if (black) {
        setBlack(false)
        return undefined
      }
      switch (action.type) {
        case 'next':
          next()
          return undefined
        case 'previous':
          previous()
          return undefined
        case 'first':
          go(1)
          return undefined
        case 'last':
          go(count)
          return undefined
        case 'digit':
          setDigits((typed) => appendDigit(typed, action.digit))
          return undefined
        case 'enter': {
          const target = jumpTarget(digits, count)
          if (target === undefined) next()
          else go(target)
          return undefined
        }
        case 'black':
          setBlack(true)
          return undefined
        case 'pause':
          setPaused((on) => !on)
          return undefined
        default:
          return action
      }
    },
    [next, previous, go, count, digits, black],
  )

  return { slide, count, go, next, previous, black, setBlack, paused, setPaused, digits, handle }
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest('input, select, textarea, [contenteditable]')
}

/**
 * Deck keys pressed while the build's title slide is on screen and the deck cannot act yet (its
 * data loading, the deck being built): kept in order for the deck to act on once it can, so a
 * presenter's first presses are not lost. Full screen and the presenter's window need the press
 * itself (the browser allows them only in its task), so those are not kept.
 */
let earlyKeys: KeyInput[] | undefined
const keepEarlyKey = (event: KeyboardEvent) => {
  const action = keyAction(event)
  if (!action || action.type === 'fullscreen' || action.type === 'presenter') return
  event.preventDefault()
  const { key, shiftKey, ctrlKey, altKey, metaKey } = event
  earlyKeys?.push({ key, shiftKey, ctrlKey, altKey, metaKey })
}

/** Starts keeping deck keys, from when the deck's code has loaded over the build's title slide. */
export function keepEarlyKeys() {
  if (earlyKeys || typeof document === 'undefined') return
  if (document.getElementById('root')?.dataset.prerendered !== '/present') return
  earlyKeys = []
  window.addEventListener('keydown', keepEarlyKey)
}

/** The keys kept so far, once: from then on the deck's own listener acts on them. */
function takeEarlyKeys(): KeyInput[] {
  window.removeEventListener('keydown', keepEarlyKey)
  const keys = earlyKeys ?? []
  earlyKeys = undefined
  return keys
}

/**
 * Deck keys on the whole window. Enter and Space on a focused button press the button instead,
 * and keys typed into a form field are left alone.
 */
export function usePresentKeys(onAction: (action: PresentAction) => void) {
  const handler = useRef(onAction)
  handler.current = onAction
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return
      const input: KeyInput = event
      const action = keyAction(input)
      if (!action) return
      const onControl = event.target instanceof Element && !!event.target.closest('button, a')
      if (onControl && (event.key === 'Enter' || event.key === ' ')) return
      event.preventDefault()
      handler.current(action)
    }
    window.addEventListener('keydown', onKey)
    for (const input of takeEarlyKeys()) {
      const action = keyAction(input)
      if (action) handler.current(action)
    }
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
