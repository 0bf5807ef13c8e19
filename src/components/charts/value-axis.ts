/** Value axes for the chart building blocks: pure, so the rules can be tested without a chart. */

export type ValueScale = 'linear' | 'log'

export interface ValueAxis {
  domain: [number, number]
  ticks: number[]
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough))
  const fraction = rough / power
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
  return nice * power
}

/**
 * An axis that always shows every value and every target passed in, so a mark never falls off
 * the chart: linear axes start at 0, log axes at 1 (0 has no place on a log scale) and end at
 * the next power of ten. `headroom` adds a share of the largest value before rounding, so a mark
 * at the largest value does not sit on the chart's edge.
 */
export function valueAxis(
  values: readonly number[],
  scale: ValueScale = 'linear',
  { headroom = 0, tickCount = 4 }: { headroom?: number; tickCount?: number } = {},
): ValueAxis {
  const largest = Math.max(0, ...values.filter(Number.isFinite)) * (1 + headroom)
  if (scale === 'log') {
    const top = Math.max(1, Math.ceil(Math.log10(Math.max(largest, 10))))
    return {
      domain: [1, 10 ** top],
      ticks: Array.from({ length: top + 1 }, (_, i) => 10 ** i),
    }
  }
  if (largest === 0) return { domain: [0, 1], ticks: [0, 1] }
  const step = niceStep(largest / tickCount)
  const top = Math.ceil(largest / step - 1e-9) * step
  const ticks: number[] = []
  for (let i = 0; i * step <= top + step / 1e6; i++) ticks.push(i * step)
  return { domain: [0, top], ticks }
}

/** Han characters, kana, Hangul and full-width forms: each a full em wide. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

/**
 * Rough width of a line of text in px, for reserving room for labels before they render: Latin
 * letters and digits at a generous 0.64 em, Chinese characters and full-width punctuation at 1 em.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.64
  return Math.ceil(ems * fontSize)
}

/** Ticks thinned to at most `max`, keeping the first and spreading the rest evenly. */
export function thinTicks<T>(ticks: readonly T[], max: number): T[] {
  if (ticks.length <= max) return [...ticks]
  const every = Math.ceil(ticks.length / max)
  return ticks.filter((_, i) => i % every === 0)
}
