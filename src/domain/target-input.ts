import * as z from 'zod/mini'
import type { Dataset, Metric } from './schema'
import { TARGET_OVERRIDES_VERSION, type TargetOverride, targetOverride } from './target-overrides'

/** The file an analyst exports and imports. */
export const targetOverridesFile = z.object({
  kind: z.literal('cp-kpi-target-overrides'),
  version: z.literal(TARGET_OVERRIDES_VERSION),
  dataset: z.string(),
  overrides: z.array(targetOverride),
})
export type TargetOverridesFile = z.infer<typeof targetOverridesFile>

export type TargetInput = { ok: true; value: number } | { ok: false; message: string }

const scales: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  万: 1e4,
  亿: 1e8,
}

const MAX_BY_UNIT: Partial<Record<Metric['unit'], number>> = { percent: 100 }

/**
 * Reads what an analyst typed as a target for a metric: "500,000", "10 bn", "1.5 million",
 * "64%", "100亿". Rejects anything that is not a finite, non-negative number in range.
 */
export function parseTargetInput(text: string, metric: Metric, maxProvinces = 31): TargetInput {
  const cleaned = text
    .trim()
    .replace(/[,\s_]/g, '')
    .replace(/^(CNY|USD|US\$|\$|¥|元)/i, '')
    .replace(/(CNY|USD|元|美元)$/i, '')
  if (cleaned === '') return { ok: false, message: 'Enter a target value.' }
  const match = cleaned.match(/^(-?\d+(?:\.\d+)?)(%|[a-z]+|万|亿)?$/i)
  if (!match) return { ok: false, message: `“${text.trim()}” is not a number.` }
  const [, digits = '', suffix = ''] = match
  let value = Number(digits)
  if (suffix === '%') {
    if (metric.unit !== 'percent')
      return { ok: false, message: 'A percentage only fits a percent metric.' }
  } else if (suffix !== '') {
    const scale = scales[suffix.toLowerCase()]
    if (scale === undefined) return { ok: false, message: `Unknown scale “${suffix}”.` }
    value *= scale
  }
  if (!Number.isFinite(value)) return { ok: false, message: 'The number is too large.' }
  if (value < 0) return { ok: false, message: 'A target cannot be negative.' }
  const max = metric.unit === 'provinces' ? maxProvinces : MAX_BY_UNIT[metric.unit]
  if (max !== undefined && value > max) {
    return { ok: false, message: `A target in ${metric.unit} cannot be more than ${max}.` }
  }
  if (
    ['count', 'people', 'provinces', 'days', 'years'].includes(metric.unit) &&
    !Number.isInteger(value)
  ) {
    return { ok: false, message: `A target in ${metric.unit} must be a whole number.` }
  }
  return { ok: true, value }
}

export type ImportResult =
  | { ok: true; overrides: TargetOverride[] }
  | { ok: false; message: string }

/** Reads an exported overrides file; the error names the bad entry. Nothing is applied on error. */
export function parseOverridesFile(text: string, data: Dataset): ImportResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, message: 'The file is not valid JSON.' }
  }
  const parsed = z.safeParse(targetOverridesFile, json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const at = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    return {
      ok: false,
      message: `The file is not a targets export${at}: ${issue?.message ?? 'invalid'}.`,
    }
  }
  const metrics = new Map(data.metrics.map((m) => [m.id, m]))
  for (const [index, o] of parsed.data.overrides.entries()) {
    const metric = metrics.get(o.metric)
    if (!metric) return { ok: false, message: `Entry ${index + 1}: unknown metric “${o.metric}”.` }
    if (metric.unit !== o.unit) {
      return {
        ok: false,
        message: `Entry ${index + 1} (${o.metric}): unit ${o.unit} should be ${metric.unit}.`,
      }
    }
    const check = parseTargetInput(String(o.value), metric)
    if (!check.ok)
      return { ok: false, message: `Entry ${index + 1} (${o.metric}): ${check.message}` }
  }
  return { ok: true, overrides: parsed.data.overrides }
}
