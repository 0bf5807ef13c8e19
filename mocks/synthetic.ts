/**
 * Synthetic datasets for scale tests and benchmarks: the 2017 dataset's metrics repeated `factor`
 * times, with ids, labels and values varied. Clearly marked synthetic in its id and title; never
 * the app's default data. Quotes stay the real source sentences, so it validates like real data.
 */
import type { Dataset, Metric } from '../src/domain/schema'

/** Deterministic pseudo-random numbers (mulberry32), so runs compare. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** What a synthetic copy renames: the metric's id, its label and the ids it names. */
type CopiedFields = Pick<Metric, 'id' | 'label' | 'conversionOf' | 'subsetOf'>

/**
 * Copy number `copy` of a metric (copy 0 is the metric itself): its id and the ids it names get
 * `.s<copy>`, its label says "synthetic". Self-contained, so tests/e2e/scale.e2e.ts can run it in
 * the page by its source.
 */
export function syntheticCopy<M extends CopiedFields>(m: M, copy: number): M {
  if (copy === 0) return m
  const suffix = `.s${copy}`
  return {
    ...m,
    id: `${m.id}${suffix}`,
    label: {
      en: `${m.label.en} (synthetic ${copy})`,
      'zh-CN': `${m.label['zh-CN']}（模拟${copy}）`,
    },
    conversionOf: m.conversionOf && `${m.conversionOf}${suffix}`,
    subsetOf: m.subsetOf && `${m.subsetOf}${suffix}`,
  }
}

export function syntheticDataset(base: Dataset, factor: number, seed = 2017): Dataset {
  if (factor === 1) return base
  const next = random(seed)
  const metrics: Metric[] = []
  const targets: Dataset['targets'] = []
  const baseTargets = new Map(base.targets.map((t) => [t.metric, t]))
  for (let copy = 0; copy < factor; copy++) {
    for (const m of base.metrics) {
      const scale = copy === 0 ? 1 : 0.5 + next()
      const value =
        m.unit === 'percent'
          ? Math.min(100, Math.round(m.value * scale))
          : Math.round(m.value * scale)
      const metric = syntheticCopy(m, copy)
      metrics.push({ ...metric, value: m.unit === 'provinces' ? Math.min(31, value) : value })
      const target = baseTargets.get(m.id)
      if (target) targets.push({ ...target, metric: metric.id })
    }
  }
  return {
    ...base,
    id: `synthetic-${factor}x`,
    version: `${base.version}+synthetic.${factor}`,
    title: {
      en: `SYNTHETIC ×${factor}: ${base.title.en}`,
      'zh-CN': `模拟数据 ×${factor}：${base.title['zh-CN']}`,
    },
    metrics,
    targets,
  }
}

/** A monthly series per province and metric, as a real group would load (31 × 12 × n). */
export function syntheticSeries(metricCount: number, seed = 7): { x: number; y: number }[][] {
  const next = random(seed)
  return Array.from({ length: metricCount }, () => {
    let level = 100 + next() * 900
    return Array.from({ length: 31 * 12 }, (_, x) => {
      level = Math.max(0, level * (0.97 + next() * 0.06))
      return { x, y: level }
    })
  })
}
