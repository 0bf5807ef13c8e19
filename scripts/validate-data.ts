/** npm run validate:data — validates data/ and prints the data-quality findings. Exit 1 if invalid. */
import { i18n } from '@lingui/core'
import { formatPath } from '../src/domain/data-issue'
import { qualityFindings } from '../src/domain/quality'
import { findingMessage } from '../src/domain/quality-messages'
import { en } from '../src/locales/all'
import { loadDataset } from './load-data'

i18n.loadAndActivate({ locale: 'en', messages: en })

const result = loadDataset()
if (!result.ok) {
  console.error(`Dataset is invalid (${result.issues.length} problem(s)):`)
  for (const issue of result.issues) {
    const at = issue.path.length > 0 ? ` at ${formatPath(issue.path)}` : ''
    console.error(`  data/2017/${issue.file}${at}: ${issue.message}`)
  }
  process.exit(1)
}

const { dataset } = result
console.log(
  `Dataset ${dataset.id} v${dataset.version} is valid: ${dataset.events.length} events, ` +
    `${dataset.metrics.length} metrics, ${dataset.milestones.length} milestones, ` +
    `${dataset.targets.length} targets.`,
)
const findings = qualityFindings(dataset)
console.log(`Data-quality findings: ${findings.length}`)
for (const f of findings) {
  console.log(`  [${f.severity}] event ${f.event}, ${f.subject.id}: ${findingMessage(f, dataset)}`)
  console.log(`      “${f.quote}”`)
}
