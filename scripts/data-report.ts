/** The validator's report on a data folder: every problem in every dataset, then what changed. */
import { describeChange, diffDefinitions } from '../src/domain/definitions'
import { qualityFindings } from '../src/domain/quality'
import { findingMessage } from '../src/i18n/quality-messages'
import { dataDir, formatIssue, type LoadResult, loadDatasets } from './load-data'

export interface DataReport {
  ok: boolean
  results: LoadResult[]
  lines: string[]
}

/** `findings`: also list the data-quality findings (their words need the English catalog active). */
export function dataReport(dir = dataDir, { findings = false } = {}): DataReport {
  const results = loadDatasets(dir)
  const lines: string[] = []
  let previous: (LoadResult & { ok: true }) | undefined
  if (results.length === 0) lines.push(`No dataset folder in ${dir}.`)
  for (const result of results) {
    if (!result.ok) {
      lines.push(`Dataset ${result.id} is invalid: ${result.issues.length} problem(s)`)
      for (const issue of result.issues) lines.push(`  ${formatIssue(issue)}`)
      continue
    }
    const { dataset } = result
    lines.push(
      `Dataset ${result.id} (${dataset.id} v${dataset.version}, as of ${dataset.asOf}) is valid: ` +
        `${dataset.events.length} events, ${dataset.metrics.length} metrics, ` +
        `${dataset.milestones.length} milestones, ${dataset.targets.length} targets.`,
    )
    if (previous) {
      const changes = diffDefinitions(previous.dataset.metrics, dataset.metrics)
      lines.push(
        `  Metric definitions against ${previous.id}: ` +
          (changes.length === 0 ? 'unchanged.' : `${changes.length} change(s)`),
      )
      for (const change of changes) lines.push(`    ${describeChange(change)}`)
    } else {
      lines.push('  Metric definitions: no earlier dataset to compare with.')
    }
    if (findings) {
      const found = qualityFindings(dataset)
      lines.push(`  Data-quality findings: ${found.length}`)
      for (const f of found) {
        lines.push(
          `    [${f.severity}] event ${f.event}, ${f.subject.id}: ${findingMessage(f, dataset)}`,
        )
        lines.push(`        “${f.quote}”`)
      }
    }
    previous = result
  }
  return { ok: results.length > 0 && results.every((r) => r.ok), results, lines }
}
