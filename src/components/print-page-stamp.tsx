/** A CSS string literal: quotes and backslashes escaped, line breaks as \A. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`
}

/**
 * Where a printed report comes from, at the foot of every printed page (a page-margin box, so it
 * never covers the content), with the page number: "3 / 7".
 */
export function PrintPageStamp({ lines, size }: { lines: readonly string[]; size?: string }) {
  const css = `@page { ${size ? `size: ${size}; ` : ''}margin: 14mm 12mm 26mm; @bottom-left { content: ${cssString(lines.join('\n'))}; white-space: pre-wrap; font: 7pt/1.35 system-ui, sans-serif; color: #333; vertical-align: top; padding-top: 3mm; } @bottom-right { content: counter(page) " / " counter(pages); font: 8pt system-ui, sans-serif; vertical-align: top; padding-top: 3mm; } }`
  return <style media="print">{css}</style>
}
