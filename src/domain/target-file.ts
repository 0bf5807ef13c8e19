/**
 * The what-if targets file an analyst exports and imports (documented in
 * docs/target-overrides.schema.json): its schema, the text the app writes, the check of a file
 * read back (every problem by entry, in words).
 */
import * as z from 'zod/mini'
import type { Dataset, Target, Unit } from './schema'
import { checkTargetValue, refuse, type TargetMessage, unitName } from './target-input'
import { overrideKind, TARGET_OVERRIDES_VERSION, type TargetOverride } from './target-overrides'
import { units } from './vocabulary'

export const TARGETS_FILE_KIND = 'cp-kpi-target-overrides'

/** One entry of the file: `setAt` may be left out (an import stamps it), `dataset` too. */
export const targetFileEntry = z.object({
  metric: z.string().check(z.minLength(1)),
  value: z.number().check(z.gte(0)),
  unit: z.enum(units),
  setAt: z.optional(z.string()),
  dataset: z.optional(z.string()),
})

/** The whole file. Keys beyond these are allowed and ignored. */
export const targetOverridesFile = z.object({
  kind: z.literal(TARGETS_FILE_KIND),
  version: z.literal(TARGET_OVERRIDES_VERSION),
  dataset: z.string().check(z.minLength(1)),
  overrides: z.array(targetFileEntry),
})
export type TargetOverridesFile = z.infer<typeof targetOverridesFile>

/** The file the app exports for one dataset's what-if targets. */
export function targetsFileText(datasetId: string, overrides: readonly TargetOverride[]): string {
  const file: TargetOverridesFile = {
    kind: TARGETS_FILE_KIND,
    version: TARGET_OVERRIDES_VERSION,
    dataset: datasetId,
    overrides: overrides.map((o) => ({ ...o, dataset: datasetId })),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** What a file is checked against: the dataset's id, metrics and targets. */
export type TargetsFileDataset = Pick<Dataset, 'id' | 'metrics' | 'targets'>

/** What the check needs of a metric: its unit, and what an analyst's target for it means. */
export interface MetricRule {
  unit: Unit
  higherIsBetter: boolean
  kind: ReturnType<typeof overrideKind>
}

/**
 * The dataset as the check sees it, compact enough to hand to a worker in a moment (copying
 * 100,000 whole metrics there held the page for 1.5 s): its id, its metric ids one per line (an
 * id has no line break), and for each, by position, which of a few rules it follows.
 */
export interface TargetsFileIndex {
  id: string
  metrics: string
  rules: MetricRule[]
  ruleOf: Uint16Array
}

/** Metrics indexed between two pauses. */
const INDEX_CHUNK = 10_000

/** The index of `data`, built in slices with `pause` between (100,000 metrics take a moment). */
export async function targetsFileIndex(
  { id, metrics, targets }: TargetsFileDataset,
  pause?: () => Promise<void>,
): Promise<TargetsFileIndex> {
  const targetOf = new Map<string, Target>()
  for (const [i, target] of targets.entries()) {
    if (i > 0 && i % INDEX_CHUNK === 0) await pause?.()
    targetOf.set(target.metric, target)
  }
  const rules: MetricRule[] = []
  const ruleNumber = new Map<string, number>()
  const ruleOf = new Uint16Array(metrics.length)
  const ids: string[] = []
  for (const [i, metric] of metrics.entries()) {
    if (i > 0 && i % INDEX_CHUNK === 0) await pause?.()
    const { unit, higherIsBetter } = metric
    const kind = overrideKind(metric, targetOf.get(metric.id))
    const key = `${unit} ${higherIsBetter} ${kind}`
    let rule = ruleNumber.get(key)
    if (rule === undefined) {
      rule = rules.push({ unit, higherIsBetter, kind }) - 1
      ruleNumber.set(key, rule)
    }
    ruleOf[i] = rule
    ids.push(metric.id)
  }
  return { id, metrics: ids.join('\n'), rules, ruleOf }
}

function rulesByMetric({ metrics, rules, ruleOf }: TargetsFileIndex): Map<string, MetricRule> {
  const byMetric = new Map<string, MetricRule>()
  if (metrics === '') return byMetric
  for (const [i, id] of metrics.split('\n').entries()) {
    const rule = rules[ruleOf[i] ?? -1]
    if (rule) byMetric.set(id, rule)
  }
  return byMetric
}

export interface EntryProblem {
  /** 1-based, as a reader counts entries. */
  entry: number
  message: TargetMessage
}

export type FileCheck =
  | { ok: true; overrides: TargetOverride[] }
  /** The file as a whole is not a targets file for this dataset. */
  | { ok: false; message: TargetMessage }
  /** Entries that cannot be imported: the first `problems`, `total` in all. */
  | { ok: false; problems: EntryProblem[]; total: number }

export interface CheckOptions {
  /** Called between chunks of entries, so a large file gives way to input and rendering. */
  pause?: () => Promise<void>
  /** Entries checked between pauses. */
  chunk?: number
  /** The stamp for entries without `setAt`. */
  now?: () => string
  /** Problems kept for display (all are counted). */
  maxProblems?: number
}

/** The file as a whole: what it is, which version, which dataset, whether it lists entries. */
function checkEnvelope(json: unknown, data: { id: string }): TargetMessage | unknown[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { id: 'targetInput.file.notTargets' }
  }
  const { kind, version, dataset, overrides: list } = json as Record<string, unknown>
  if (kind !== TARGETS_FILE_KIND) return { id: 'targetInput.file.notTargets' }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { id: 'targetInput.file.notTargets' }
  }
  if (version > TARGET_OVERRIDES_VERSION) {
    return { id: 'targetInput.file.newerVersion', values: { version } }
  }
  if (typeof dataset !== 'string' || dataset === '') return { id: 'targetInput.file.noDataset' }
  if (dataset !== data.id) {
    return { id: 'targetInput.file.otherDataset', values: { file: dataset, current: data.id } }
  }
  return Array.isArray(list) ? list : { id: 'targetInput.file.noList' }
}

/** Why an entry does not fit the file format, in words: the first field that is wrong. */
function shapeProblem(raw: unknown): TargetMessage {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { id: 'targetInput.file.entryNotObject' }
  }
  const parsed = z.safeParse(targetFileEntry, raw)
  const field = parsed.success ? undefined : parsed.error.issues[0]?.path[0]
  const entry = raw as Record<string, unknown>
  switch (field) {
    case 'metric':
      return { id: 'targetInput.file.entryNoMetric' }
    case 'value':
      return typeof entry.value === 'number'
        ? { id: 'targetInput.negative' }
        : { id: 'targetInput.file.entryValue' }
    case 'unit':
      return { id: 'targetInput.file.entryUnit', values: { unit: String(entry.unit ?? '') } }
    case 'setAt':
      return { id: 'targetInput.file.entrySetAt' }
    default:
      return { id: 'targetInput.file.entryDataset' }
  }
}

const metricOf = (raw: unknown): string | undefined => {
  const metric = (raw as { metric?: unknown } | null)?.metric
  return typeof metric === 'string' && metric !== '' ? metric : undefined
}

/**
 * Reads a targets file for `data`: every entry checked (format, metric, unit, value, repeats), and
 * every problem reported by entry, in words; nothing applies unless all entries are good.
 * Entries are checked in chunks with `pause` between, so 100,000 of them do not block the page.
 */
export async function checkTargetsFile(
  text: string,
  against: TargetsFileDataset | TargetsFileIndex,
  {
    pause,
    chunk = 2000,
    now = () => new Date().toISOString(),
    maxProblems = 50,
  }: CheckOptions = {},
): Promise<FileCheck> {
  const data = 'ruleOf' in against ? against : await targetsFileIndex(against, pause)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return refuse('targetInput.file.notJson')
  }
  const list = checkEnvelope(json, data)
  if (!Array.isArray(list)) return { ok: false, message: list }
  await pause?.()

  const rules = rulesByMetric(data)
  const firstEntry = new Map<string, number>()
  const overrides: TargetOverride[] = []
  const problems: EntryProblem[] = []
  let total = 0
  const stamp = now()
  const report = (entry: number, message: TargetMessage) => {
    total += 1
    if (problems.length < maxProblems) problems.push({ entry, message })
  }
  for (const [index, raw] of list.entries()) {
    if (index > 0 && index % chunk === 0) await pause?.()
    const entry = index + 1
    const id = metricOf(raw)
    const withMetric = (reason: TargetMessage): TargetMessage =>
      id
        ? { id: 'targetInput.file.entry', values: { entry, metric: id, reason } }
        : { id: 'targetInput.file.entryAt', values: { entry, reason } }
    if (id) {
      const first = firstEntry.get(id)
      if (first !== undefined) {
        report(entry, { id: 'targetInput.file.duplicate', values: { entry, metric: id, first } })
        continue
      }
      firstEntry.set(id, entry)
    }
    const parsed = z.safeParse(targetFileEntry, raw)
    if (!parsed.success) {
      report(entry, withMetric(shapeProblem(raw)))
      continue
    }
    const o = parsed.data
    if (o.dataset !== undefined && o.dataset !== data.id) {
      report(
        entry,
        withMetric({ id: 'targetInput.file.entryOtherDataset', values: { dataset: o.dataset } }),
      )
      continue
    }
    const rule = rules.get(o.metric)
    if (!rule) {
      report(entry, { id: 'targetInput.file.unknownMetric', values: { entry, metric: o.metric } })
      continue
    }
    if (rule.unit !== o.unit) {
      report(entry, {
        id: 'targetInput.file.wrongUnit',
        values: {
          entry,
          metric: o.metric,
          unit: unitName(o.unit),
          expected: unitName(rule.unit),
        },
      })
      continue
    }
    const check = checkTargetValue(o.value, rule, rule.kind)
    if (!check.ok) {
      report(entry, withMetric(check.message))
      continue
    }
    overrides.push({
      metric: o.metric,
      value: o.value,
      unit: o.unit,
      setAt: o.setAt ?? stamp,
      dataset: data.id,
    })
  }
  return total > 0 ? { ok: false, problems, total } : { ok: true, overrides }
}
