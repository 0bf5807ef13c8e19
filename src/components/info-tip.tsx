import { type ReactNode, useId, useLayoutEffect, useRef, useState } from 'react'

const EDGE = 8

/**
 * A small tooltip that works with a mouse, a keyboard and a screen reader: the trigger is a
 * button described by the tip, which shows on hover and focus, hides on Escape, and shifts
 * itself to stay inside the viewport.
 */
export function InfoTip({
  label,
  children,
  className,
}: {
  label: ReactNode
  children: ReactNode
  className?: string
}) {
  const id = useId()
  const body = useRef<HTMLSpanElement>(null)
  const [open, setOpen] = useState(false)
  const [shift, setShift] = useState(0)

  useLayoutEffect(() => {
    if (!open || !body.current) return
    const rect = body.current.getBoundingClientRect()
    const left = rect.left - shift
    const right = rect.right - shift
    const viewport = document.documentElement.clientWidth
    if (right > viewport - EDGE) setShift(viewport - EDGE - right)
    else if (left < EDGE) setShift(EDGE - left)
    else setShift(0)
  }, [open, shift])

  return (
    <span
      className="tip"
      onPointerEnter={() => setOpen(true)}
      onPointerLeave={() => setOpen(false)}
    >
      <button
        type="button"
        className={className}
        aria-describedby={id}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false)
        }}
      >
        {label}
      </button>
      <span
        ref={body}
        role="tooltip"
        id={id}
        className="tip-body"
        hidden={!open}
        style={{ translate: `${shift}px 0` }}
      >
        {children}
      </span>
    </span>
  )
}
