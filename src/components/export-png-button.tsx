import { useLingui } from '@lingui/react'
import { type RefObject, useState } from 'react'

/** Presentation resolution: twice the CSS pixels, so a 960 px wide chart is 1920 px in the PNG. */
export const PNG_PIXEL_RATIO = 2

/** Blank space round an exported figure, in CSS px. */
const PNG_MARGIN = 24

/**
 * Saves the DOM node behind `target` as a PNG at presentation resolution, with a caption stamped
 * under it (where the figure comes from: the view's link, as-of date, source) for the duration of
 * the capture. html-to-image is loaded only when someone exports.
 */
export function ExportPngButton({
  target,
  fileName,
  stamp,
  label,
  className = 'button secondary small',
}: {
  target: RefObject<HTMLElement | null>
  /** e.g. "attainment.png"; ".png" is added when missing. */
  fileName: string
  /** Lines printed under the image, in the reader's language. */
  stamp: readonly string[]
  /** The button's text; "Save as PNG" in the reader's language by default. */
  label?: string
  className?: string
}) {
  const { _ } = useLingui()
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle')

  const save = async () => {
    const node = target.current
    if (!node) return
    setState('working')
    const caption = document.createElement('div')
    caption.className = 'png-stamp'
    for (const line of stamp) {
      const p = document.createElement('p')
      p.textContent = line
      caption.append(p)
    }
    node.append(caption)
    try {
      const { toPng } = await import('html-to-image')
      const background = getComputedStyle(document.documentElement).backgroundColor
      // A margin round the figure, so it never ends at the image's edge in a document.
      const dataUrl = await toPng(node, {
        pixelRatio: PNG_PIXEL_RATIO,
        backgroundColor: background,
        width: node.offsetWidth + 2 * PNG_MARGIN,
        height: node.offsetHeight + 2 * PNG_MARGIN,
        style: { margin: '0', padding: `${PNG_MARGIN}px`, boxSizing: 'content-box' },
        // Buttons and other controls are not part of the figure.
        filter: (element) =>
          !(element instanceof HTMLElement && element.dataset.pngSkip !== undefined),
      })
      const link = document.createElement('a')
      link.href = dataUrl
      link.download = fileName.endsWith('.png') ? fileName : `${fileName}.png`
      link.click()
      setState('idle')
    } catch {
      setState('failed')
    } finally {
      caption.remove()
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
