import { useLingui } from '@lingui/react'
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react'
import { useLocale } from '@/i18n/locale'
import { formatInteger } from '@/lib/format'
import type { Deck } from './deck-model'

/**
 * A modal panel over the stage: focus moves into it on opening and back on closing; Escape, its
 * Close button, a click outside or the key that opened it (`toggleKey`) close it. Keys typed in
 * it stay in it, so the deck does not move behind the panel.
 */
function DeckDialog({
  title,
  toggleKey,
  onClose,
  className,
  onKey,
  children,
}: {
  title: string
  toggleKey: string
  onClose: () => void
  className: string
  /** Other keys, e.g. arrows between the slides of the grid; return true when handled. */
  onKey?: (event: KeyboardEvent<HTMLDivElement>) => boolean
  children: ReactNode
}) {
  const { _ } = useLingui()
  const titleId = useId()
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const before = document.activeElement
    box.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    return () => {
      if (before instanceof HTMLElement) before.focus()
    }
  }, [])
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' || event.key.toLowerCase() === toggleKey) {
      event.preventDefault()
      onClose()
      return
    }
    if (event.key === 'Tab') {
      // Focus stays in the panel: Tab from the last control goes back to the first.
      const controls = [...(box.current?.querySelectorAll<HTMLElement>('button') ?? [])]
      const first = controls[0]
      const last = controls.at(-1)
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault()
        last?.focus()
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault()
        first?.focus()
      }
      return
    }
    if (onKey?.(event)) {
      event.preventDefault()
      return
    }
    // Enter and Space press the focused button; every other key stays out of the deck.
    if (event.key !== 'Enter' && event.key !== ' ') event.preventDefault()
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the backdrop closes on a click outside the panel
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape closes it from the keyboard
    <div
      className="present-dialog-backdrop"
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose()
      }}
    >
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className={`present-dialog ${className}`}
        onKeyDown={onKeyDown}
      >
        <div className="present-dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="present-button" onClick={onClose}>
            {_('present.dialog.close')}
          </button>
        </div>
        {children}
      </div>
    </div>
  )
}

/** The `?` panel: every key the deck answers to. */
export function KeyHelp({ onClose }: { onClose: () => void }) {
  const { _ } = useLingui()
  const rows: [keys: string[], what: string][] = [
    [['→', '↓', 'Space', 'PageDown'], _('present.help.next')],
    [['←', '↑', 'Shift+Space', 'PageUp'], _('present.help.previous')],
    [['Home', 'End'], _('present.help.firstLast')],
    [['1…9', '↵'], _('present.help.jump')],
    [['G'], _('present.help.grid')],
    [['B', '.'], _('present.help.black')],
    [['P'], _('present.help.pause')],
    [['F'], _('present.help.fullScreen')],
    [['S'], _('present.help.presenter')],
    [['?'], _('present.help.help')],
    [['Esc'], _('present.help.exit')],
  ]
  return (
    <DeckDialog
      title={_('present.help.title')}
      toggleKey="?"
      onClose={onClose}
      className="present-help"
    >
      <dl className="present-keys">
        {rows.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      {/* The first focus stop: the list itself has nothing to press. */}
      <span data-autofocus tabIndex={-1} />
    </DeckDialog>
  )
}

/** The G panel: every slide by number and heading; pressing one goes there. */
export function SlideGrid({
  deck,
  current,
  onGo,
  onClose,
}: {
  deck: Deck
  current: number
  onGo: (slide: number) => void
  onClose: () => void
}) {
  const { _ } = useLingui()
  const locale = useLocale()
  const columns = 4
  // Arrow keys move between the slides as on the grid's screen layout.
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns }[event.key]
    if (step === undefined) return false
    const buttons = [
      ...(event.currentTarget.querySelectorAll<HTMLElement>('.present-grid-slide') ?? []),
    ]
    const at = buttons.indexOf(document.activeElement as HTMLElement)
    const to = Math.min(Math.max(at + step, 0), buttons.length - 1)
    buttons[at < 0 ? 0 : to]?.focus()
    return true
  }
  return (
    <DeckDialog
      title={_('present.grid.title')}
      toggleKey="g"
      onClose={onClose}
      className="present-grid"
      onKey={onKey}
    >
      <ol className="present-grid-list">
        {deck.slides.map((slide, index) => {
          const number = index + 1
          return (
            <li key={slide.key}>
              <button
                type="button"
                className="present-grid-slide"
                aria-current={number === current ? 'true' : undefined}
                data-autofocus={number === current ? true : undefined}
                onClick={() => {
                  onGo(number)
                  onClose()
                }}
              >
                <span className="present-grid-number">{formatInteger(number, locale)}</span>
                <span className="present-grid-heading">{slide.heading}</span>
              </button>
            </li>
          )
        })}
      </ol>
    </DeckDialog>
  )
}
