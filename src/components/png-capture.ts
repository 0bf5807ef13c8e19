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
export async function capturePng(
  node: HTMLElement,
  stamp: readonly string[],
  text: PngText,
): Promise<Blob> {
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
    const dataUrl = await toPng(copy, {
      pixelRatio: PNG_PIXEL_RATIO,
      // The app has no web fonts (system fonts only): nothing to embed, and no style sheets to scan.
      skipFonts: true,
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
    const bytes = Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (c) =>
      c.charCodeAt(0),
    )
    // The page's language (i18n/locale.tsx keeps <html lang> on the reader's) is the words'.
    const language = document.documentElement.lang
    return new Blob([withText(bytes, { ...text, language, source: stamp.join('\n') })], {
      type: 'image/png',
    })
  } finally {
    copy.remove()
  }
}

/**
 * The words that travel inside the file (PNG iTXt chunks, UTF-8, so Chinese too): the chart's
 * title and its one-sentence summary, the text alternative to give the image in a document, and
 * where it comes from. Image viewers and asset tools read them as Title, Description and Source.
 */
export interface PngText {
  title: string
  description: string
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** An iTXt chunk: keyword, no compression, language tag, no translated keyword, the text. */
function itxt(keyword: string, language: string, text: string): Uint8Array {
  const utf8 = new TextEncoder()
  const data = new Uint8Array([
    ...utf8.encode(keyword),
    0,
    0,
    0,
    ...utf8.encode(language),
    0,
    0,
    ...utf8.encode(text),
  ])
  const typed = new Uint8Array([...utf8.encode('iTXt'), ...data])
  const chunk = new Uint8Array(12 + data.length)
  const view = new DataView(chunk.buffer)
  view.setUint32(0, data.length)
  chunk.set(typed, 4)
  view.setUint32(8 + data.length, crc32(typed))
  return chunk
}

/** The PNG with its title, description and source in iTXt chunks, after the header chunk. */
function withText(
  png: Uint8Array,
  text: PngText & { language: string; source: string },
): Uint8Array<ArrayBuffer> {
  // Signature (8 bytes) and IHDR (4 length + 4 type + 13 data + 4 CRC).
  const head = 8 + 25
  const chunks = [
    itxt('Title', text.language, text.title),
    itxt('Description', text.language, text.description),
    itxt('Source', text.language, text.source),
  ]
  const size = chunks.reduce((sum, c) => sum + c.length, 0)
  const out = new Uint8Array(png.length + size)
  out.set(png.subarray(0, head))
  let at = head
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  out.set(png.subarray(head), at)
  return out
}
