import { useLingui } from '@lingui/react'
import { type RefObject, useState } from 'react'

/**
 * Saves the DOM node behind `target` as a PNG at presentation resolution (light theme, margin,
 * nothing clipped: see png-capture.ts), with a caption stamped under it (where the figure comes
 * from: the view's link, as-of date, source). The drawing code loads only when someone exports.
 */
export function ExportPngButton({
  target,
  fileName,
  stamp,
  label,
  text,
  className = 'button secondary small',
}: {
  target: RefObject<HTMLElement | null>
  /** e.g. "attainment.png"; ".png" is added when missing. */
  fileName: string
  /** Lines printed under the image, in the reader's language. */
  stamp: readonly string[]
  /** The button's text; "Save as PNG" in the reader's language by default. */
  label?: string
  /** The chart's title and summary, written into the file as its text alternative. */
  text: { title: string; description: string }
  className?: string
}) {
  const { _ } = useLingui()
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle')

  const save = async () => {
    const node = target.current
    if (!node) return
    setState('working')
    try {
      const { capturePng } = await import('./png-capture')
      const png = await capturePng(node, stamp, text)
      const link = document.createElement('a')
      link.href = URL.createObjectURL(png)
      link.download = fileName.endsWith('.png') ? fileName : `${fileName}.png`
      link.click()
      setTimeout(() => URL.revokeObjectURL(link.href), 1000)
      setState('idle')
    } catch {
      setState('failed')
    }
  }

  return (
    <span className="png-export" data-png-skip="">
      <button type="button" className={className} onClick={save} disabled={state === 'working'}>
        {state === 'working'
          ? _('export.png.saving')
          : (label ?? _('export.png.save', { format: 'PNG' }))}
      </button>
      {state === 'failed' && (
        <span role="alert" className="field-error">
          {_('export.png.failed')}
        </span>
      )}
    </span>
  )
}
