import type { Metric, TargetKind, Unit } from './schema'
import { cannotJudge } from './status'

/**
 * Why an input was refused, as a catalog id and its values, put into words where it is shown, so
 * it reads in the reader's language (and follows a change of language). A value may itself be a
 * message, e.g. a unit's name.
 */
export interface TargetMessage {
  id: string
  values?: Record<string, string | number | TargetMessage>
}

export type TargetInput = { ok: true; value: number } | { ok: false; message: TargetMessage }

/**
 * A unit's name as a nested message: its catalog id, which src/i18n/labels.ts (unitMessage) spells
 * the same way; the types of both keep them in step.
 */
export const unitName = <U extends Unit>(unit: U): { id: `unit.${U}` } => ({ id: `unit.${unit}` })

export const refuse = (id: string, values?: TargetMessage['values']) =>
  ({ ok: false, message: values ? { id, values } : { id } }) as const

/** Scale words as powers of ten, so "1.15亿" is read exactly (1.15e8), not 1.15 × 10^8 in floats. */
const scales: Record<string, number> = {
  k: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  million: 6,
  b: 9,
  bn: 9,
  billion: 9,
  千: 3,
  万: 4,
  十万: 5,
  百万: 6,
  千万: 7,
  亿: 8,
  万亿: 12,
}

const MAX_BY_UNIT: Partial<Record<Metric['unit'], number>> = { percent: 100 }

/** Units counted in whole steps. */
const WHOLE_UNITS: readonly Unit[] = ['count', 'people', 'provinces', 'days', 'years']

/**
 * Checks a number as a target for a metric: finite, not negative, within the unit's range, whole
 * where the unit counts, and able to judge (`kind` given: 0 where every figure would meet it).
 */
export function checkTargetValue(
  value: number,
  metric: Pick<Metric, 'unit' | 'higherIsBetter'>,
  kind?: TargetKind,
  maxProvinces = 31,
): TargetInput {
  if (!Number.isFinite(value)) return refuse('targetInput.tooLarge')
  if (value < 0) return refuse('targetInput.negative')
  const max = metric.unit === 'provinces' ? maxProvinces : MAX_BY_UNIT[metric.unit]
  if (max !== undefined && value > max) {
    return refuse('targetInput.aboveMax', { unit: unitName(metric.unit), max })
  }
  if (WHOLE_UNITS.includes(metric.unit) && !Number.isInteger(value)) {
    return refuse('targetInput.wholeNumber', { unit: unitName(metric.unit) })
  }
  if (kind !== undefined && cannotJudge(metric, { value, kind })) {
    return refuse('targetInput.zeroJudgesNothing')
  }
  return { ok: true, value }
}

/** Digits with commas only between groups of three: "1,234,567.5". */
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/

/**
 * Reads what an analyst typed as a target for a metric: "500,000", "10 bn", "1.5 million",
 * "64%", "100亿", "1.5亿", "3000万", full-width "１２３" from a Chinese input method. A comma that
 * does not separate groups of three ("12,34", "1.234,5") is refused with a hint rather than
 * guessed. Then checkTargetValue.
 */
export function parseTargetInput(
  text: string,
  metric: Metric,
  kind?: TargetKind,
  maxProvinces = 31,
): TargetInput {
  const typed = text.trim()
  // NFKC folds full-width digits, signs and punctuation (１２３，％．￥) to their ASCII forms.
  const cleaned = typed
    .normalize('NFKC')
    .replace(/[\s_]/g, '')
    .replace(/^(CNY|RMB|USD|US\$|\$|¥|元|人民币)/i, '')
    .replace(/(CNY|RMB|USD|元|美元|人民币)$/i, '')
  if (cleaned === '') return refuse('targetInput.empty')
  const match = cleaned.match(/^(-?)(\d[\d.,]*)(%|[a-z]+|[千万十百亿]+)?$/i)
  if (!match) return refuse('targetInput.notNumber', { text: typed })
  const [, sign = '', number = '', suffix = ''] = match
  if (number.includes(',') && !GROUPED.test(number)) {
    const parts = number.split(',')
    const [whole = '', decimals = ''] = parts
    return parts.length === 2 && !number.includes('.')
      ? refuse('targetInput.ambiguousComma', {
          text: typed,
          joined: `${whole}${decimals}`,
          decimal: `${whole}.${decimals}`,
        })
      : refuse('targetInput.badGrouping', { text: typed })
  }
  const digits = number.replace(/,/g, '')
  if (!/^\d+(\.\d+)?$/.test(digits)) return refuse('targetInput.notNumber', { text: typed })
  let exponent = 0
  if (suffix === '%') {
    if (metric.unit !== 'percent') return refuse('targetInput.percentOnly')
  } else if (suffix !== '') {
    const scale = scales[suffix.toLowerCase()]
    if (scale === undefined) return refuse('targetInput.unknownScale', { suffix })
    exponent = scale
  }
  if (sign === '-') return refuse('targetInput.negative')
  return checkTargetValue(Number(`${digits}e${exponent}`), metric, kind, maxProvinces)
}
