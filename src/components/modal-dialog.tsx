import {
  createContext,
  type KeyboardEvent,
  type ReactNode,
  useContext,
  useLayoutEffect,
  useRef,
} from 'react'

const CloseDialog = createContext<() => void>(() => {})

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])'

/**
 * A modal panel on the native <dialog>. It opens as it mounts: focus moves in (to the element
 * marked `data-autofocus`, if any), Escape closes it, and focus goes back where it was. `onClose`
 * runs however it closes; a ModalDialogClose inside closes it.
 *
 * By default it opens in the page's top layer (showModal: the page behind is inert). `inPlace`
 * draws it where it is rendered instead, over a backdrop of that class: inside the deck's stage it
 * scales with the slide, which the top layer would not. Being non-modal to the browser, it keeps
 * Tab inside itself, closes on a click outside, and keeps its keys from the page's own shortcuts.
 */
export function ModalDialog({
  className,
  labelledBy,
  onClose,
  inPlace,
  closeKeys = [],
  onKey,
  children,
}: {
  className: string
  /** The id of the panel's heading, its accessible name. */
  labelledBy: string
  onClose: () => void
  /** Drawn in place (not in the top layer) over a backdrop with this class. */
  inPlace?: { backdropClassName: string }
  /** Keys besides Escape that close it, e.g. the key that opened it (compared lower-case). */
  closeKeys?: readonly string[]
  /** Other keys, e.g. arrows between the panel's buttons; return true when handled. */
  onKey?: (event: KeyboardEvent<HTMLDialogElement>) => boolean
  children: ReactNode
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const modal = !inPlace
  useLayoutEffect(() => {
    const element = dialog.current
    if (!element) return
    const before = document.activeElement
    if (!element.open) {
      if (modal) element.showModal()
      else element.show()
    }
    element.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    return () => {
      // Unless something else has taken focus already (the browser's own return on close does).
      const now = document.activeElement
      const lost = !now || now === document.body || element.contains(now)
      if (lost && before instanceof HTMLElement && before.isConnected) before.focus()
    }
  }, [modal])
  const close = () => dialog.current?.close()

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (closeKeys.includes(event.key.toLowerCase()) || (!modal && event.key === 'Escape')) {
      event.preventDefault()
      close()
    } else if (!modal && event.key === 'Tab') {
      // Focus stays in the panel: Tab from the last control goes back to the first.
      const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)]
      const first = controls[0]
      const last = controls.at(-1)
      const wrapTo = event.shiftKey
        ? document.activeElement === first || !event.currentTarget.contains(document.activeElement)
          ? last
          : undefined
        : document.activeElement === last
          ? first
          : undefined
      if (wrapTo) {
        event.preventDefault()
        wrapTo.focus()
      }
    } else if (onKey?.(event)) {
      event.preventDefault()
    }
    // Keys typed in the panel are the panel's: none reaches the page's shortcuts behind it.
    if (!modal) event.stopPropagation()
  }

  const panel = (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={labelledBy}
      aria-modal={modal ? undefined : true}
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <CloseDialog value={close}>{children}</CloseDialog>
    </dialog>
  )
  if (!inPlace) return panel
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the backdrop closes on a click outside the panel
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape closes it from the keyboard
    <div
      className={inPlace.backdropClassName}
      onClick={(event) => {
        if (event.target === event.currentTarget) close()
      }}
    >
      {panel}
    </div>
  )
}

/** The panel's own Close button. */
export function ModalDialogClose({
  className = 'dialog-close',
  children,
}: {
  className?: string
  children: ReactNode
}) {
  const close = useContext(CloseDialog)
  return (
    <button type="button" className={className} onClick={close}>
      {children}
    </button>
  )
}
