import type { ReactNode } from 'react'

/** Full screen on the whole page, or back; refusals (no user gesture, iframes) change nothing. */
export function toggleFullscreen() {
  if (document.fullscreenElement) {
    void document.exitFullscreen().catch(() => undefined)
  } else {
    void document.documentElement.requestFullscreen?.().catch(() => undefined)
  }
}

/** A control that does not keep focus after a click, so a clicker's Space cannot press it again. */
export function ControlButton({
  label,
  onPress,
  children,
}: {
  label: string
  onPress: () => void
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className="present-button"
      aria-label={label}
      title={label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  )
}
