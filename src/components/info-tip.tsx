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
  accessibleName,
}: {
  label: ReactNode
  children: ReactNode
  className?: string
  /** When the visible label alone is too terse, e.g. "Derived" → "Derived target". */
  accessibleName?: string
}) {
  const id = useId()
  const body = useRef<HTMLSpanElement>(null)
  const [open, setOpen] = useState(false)
  const [shift, setShift] = useState(0)

  // Measure once each time the tip opens; the shift applied last time is taken back out first.
  const applied = useRef(0)
  useLayoutEffect(() => {
    if (!open || !body.current) return
    const rect = body.current.getBoundingClientRect()
    const left = rect.left - applied.current
    const right = rect.right - applied.current
    const viewport = document.documentElement.clientWidth
    const next = right > viewport - EDGE ? viewport - EDGE - right : left < EDGE ? EDGE - left : 0
    applied.current = next
    setShift(next)
  }, [open])

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
        aria-label={accessibleName}
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
        className="tip-body inverse"
        hidden={!open}
        style={{ translate: `${shift}px 0` }}
      >
        {children}
      </span>
    </span>
  )
}
