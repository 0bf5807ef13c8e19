import { toPng } from 'html-to-image'

/** Presentation resolution: twice the CSS pixels, so a 960 px wide chart is 1920 px in the PNG. */
export const PNG_PIXEL_RATIO = 2

/** Blank space round an exported figure, in CSS px. */
export const PNG_MARGIN = 24

/**
 * Draws `node` as a PNG data URL with `stamp` under it. What is drawn is a copy of the figure,
 * laid out off-screen beside the original (so the page's own rules still apply) and:
 * - always in the light theme: a saved chart goes into a document or a slide, which is white
 *   whatever theme the reader had on screen (printing does the same);
 * - with nothing clipped: a scroll region inside it (a wide table alternative on a phone) is
 *   unrolled and the image is as wide and tall as the whole content, so it never shows a
 *   scrollbar or half a table (a table's caption becomes a line above it, see below).
 * The page the reader sees does not change while it is drawn. Loaded only when someone exports.
 */
export async function capturePng(node: HTMLElement, stamp: readonly string[]): Promise<string> {
  const copy = node.cloneNode(true) as HTMLElement
  const caption = document.createElement('div')
  caption.className = 'png-stamp'
  for (const line of stamp) {
    const p = document.createElement('p')
    p.textContent = line
    caption.append(p)
  }
  copy.append(caption)
  copy.classList.add('png-copy')
  copy.setAttribute('aria-hidden', 'true')
  copy.inert = true
  copy.style.width = `${node.offsetWidth}px`
  node.after(copy)
  // Buttons and other controls are not part of the figure, nor of its measured size.
  for (const control of copy.querySelectorAll('[data-png-skip]')) control.remove()
  try {
    // html-to-image fixes every element's computed height, and Chromium counts a caption in its
    // table's height: the caption would be laid out twice and push the last row out of the image.
    for (const caption of copy.querySelectorAll('caption')) {
      const line = document.createElement('div')
      line.className = 'png-caption'
      line.append(...caption.childNodes)
      caption.closest('table')?.before(line)
      caption.remove()
    }
    for (const element of [copy, ...copy.querySelectorAll<HTMLElement>('*')]) {
      const { overflowX, overflowY } = getComputedStyle(element)
      if (/auto|scroll/.test(overflowX + overflowY)) {
        element.style.overflow = 'visible'
        element.style.maxHeight = 'none'
      }
    }
    // Unrolled, a wide table may reach past the figure: widen the figure to hold it.
    copy.style.width = `${Math.max(copy.offsetWidth, copy.scrollWidth)}px`
    const width = copy.offsetWidth
    const height = Math.max(copy.offsetHeight, copy.scrollHeight)
    return await toPng(copy, {
      pixelRatio: PNG_PIXEL_RATIO,
      backgroundColor: getComputedStyle(copy).backgroundColor,
      width: width + 2 * PNG_MARGIN,
      height: height + 2 * PNG_MARGIN,
      style: {
        margin: '0',
        padding: `${PNG_MARGIN}px`,
        boxSizing: 'content-box',
        position: 'static',
      },
    })
  } finally {
    copy.remove()
  }
}
