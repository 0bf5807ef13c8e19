import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react'

const CloseDialog = createContext<() => void>(() => {})

/**
 * A modal panel on the native <dialog>: it opens as it mounts (focus moves in, the page behind is
 * inert, Escape closes it) and `onClose` runs however it closes. A ModalDialogClose inside closes it.
 */
export function ModalDialog({
  className,
  labelledBy,
  onClose,
  children,
}: {
  className: string
  /** The id of the panel's heading, its accessible name. */
  labelledBy: string
  onClose: () => void
  children: ReactNode
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])
  return (
    <dialog ref={dialog} className={className} aria-labelledby={labelledBy} onClose={onClose}>
      <CloseDialog value={() => dialog.current?.close()}>{children}</CloseDialog>
    </dialog>
  )
}

/** The panel's own Close button. */
export function ModalDialogClose({ children }: { children: ReactNode }) {
  const close = useContext(CloseDialog)
  return (
    <button type="button" className="dialog-close" onClick={close}>
      {children}
    </button>
  )
}
