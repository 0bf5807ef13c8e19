import { useLingui } from '@lingui/react'
import { type KeyboardEvent, type ReactNode, useId } from 'react'
import { ModalDialog, ModalDialogClose } from '@/components/modal-dialog'
import { useLanguage } from '@/i18n/locale'
import { formatInteger } from '@/lib/format'
import type { Deck } from './deck-model'

/**
 * A key panel over the slide: the app's one dialog, drawn in place so it scales with the stage.
 * Escape, its Close button, a click outside or the key that opened it (`toggleKey`) close it.
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
  onKey?: (event: KeyboardEvent<HTMLDialogElement>) => boolean
  children: ReactNode
}) {
  const { _ } = useLingui()
  const titleId = useId()
  return (
    <ModalDialog
      className={`present-dialog ${className}`}
      labelledBy={titleId}
      onClose={onClose}
      inPlace={{ backdropClassName: 'present-dialog-backdrop' }}
      closeKeys={[toggleKey]}
      onKey={onKey}
    >
      <div className="present-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <ModalDialogClose className="present-button">{_('present.dialog.close')}</ModalDialogClose>
      </div>
      {children}
    </ModalDialog>
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
  const [_, locale] = useLanguage()
  const columns = 4
  // Arrow keys move between the slides as on the grid's screen layout.
  const onKey = (event: KeyboardEvent<HTMLDialogElement>) => {
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
