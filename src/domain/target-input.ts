import * as z from 'zod/mini'
import type { Dataset, Metric, Unit } from './schema'
import { TARGET_OVERRIDES_VERSION, type TargetOverride, targetOverride } from './target-overrides'

/** The file an analyst exports and imports. */
export const targetOverridesFile = z.object({
  kind: z.literal('cp-kpi-target-overrides'),
  version: z.literal(TARGET_OVERRIDES_VERSION),
  dataset: z.string(),
  overrides: z.array(targetOverride),
})
export type TargetOverridesFile = z.infer<typeof targetOverridesFile>

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
const unitName = <U extends Unit>(unit: U): { id: `unit.${U}` } => ({ id: `unit.${unit}` })

const refuse = (id: string, values?: TargetMessage['values']) =>
  ({ ok: false, message: values ? { id, values } : { id } }) as const

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
    .replace(/[,，\s_]/g, '')
    .replace(/^(CNY|USD|US\$|\$|¥|￥|元)/i, '')
    .replace(/(CNY|USD|元|美元)$/i, '')
  if (cleaned === '') return refuse('targetInput.empty')
  const match = cleaned.match(/^(-?\d+(?:\.\d+)?)(%|[a-z]+|万|亿)?$/i)
  if (!match) return refuse('targetInput.notNumber', { text: text.trim() })
  const [, digits = '', suffix = ''] = match
  let value = Number(digits)
  if (suffix === '%') {
    if (metric.unit !== 'percent') return refuse('targetInput.percentOnly')
  } else if (suffix !== '') {
    const scale = scales[suffix.toLowerCase()]
    if (scale === undefined) return refuse('targetInput.unknownScale', { suffix })
    value *= scale
  }
  if (!Number.isFinite(value)) return refuse('targetInput.tooLarge')
  if (value < 0) return refuse('targetInput.negative')
  const max = metric.unit === 'provinces' ? maxProvinces : MAX_BY_UNIT[metric.unit]
  if (max !== undefined && value > max) {
    return refuse('targetInput.aboveMax', { unit: unitName(metric.unit), max })
  }
  if (
    ['count', 'people', 'provinces', 'days', 'years'].includes(metric.unit) &&
    !Number.isInteger(value)
  ) {
    return refuse('targetInput.wholeNumber', { unit: unitName(metric.unit) })
  }
  return { ok: true, value }
}

export type ImportResult =
  | { ok: true; overrides: TargetOverride[] }
  | { ok: false; message: TargetMessage }

/** Reads an exported overrides file; the error names the bad entry. Nothing is applied on error. */
export function parseOverridesFile(text: string, data: Dataset): ImportResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return refuse('targetInput.file.notJson')
  }
  const parsed = z.safeParse(targetOverridesFile, json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const detail = issue?.message ?? 'invalid'
    return issue?.path.length
      ? refuse('targetInput.file.shapeAt', { path: issue.path.join('.'), detail })
      : refuse('targetInput.file.shape', { detail })
  }
  if (parsed.data.dataset !== data.id) {
    return refuse('targetInput.file.otherDataset', { file: parsed.data.dataset, current: data.id })
  }
  const metrics = new Map(data.metrics.map((m) => [m.id, m]))
  for (const [index, o] of parsed.data.overrides.entries()) {
    const entry = index + 1
    const metric = metrics.get(o.metric)
    if (!metric) return refuse('targetInput.file.unknownMetric', { entry, metric: o.metric })
    if (metric.unit !== o.unit) {
      return refuse('targetInput.file.wrongUnit', {
        entry,
        metric: o.metric,
        unit: unitName(o.unit),
        expected: unitName(metric.unit),
      })
    }
    const check = parseTargetInput(String(o.value), metric)
    if (!check.ok) {
      return refuse('targetInput.file.entry', { entry, metric: o.metric, reason: check.message })
    }
  }
  return { ok: true, overrides: parsed.data.overrides.map((o) => ({ ...o, dataset: data.id })) }
}
