/**
 * npm run validate:data [-- --data <folder>]: validates every dataset folder, reporting every
 * problem at once as file:line:column, prints how each dataset's metric definitions differ from
 * the one before it, and the data-quality findings. Exit 1 if any dataset is invalid.
 */
import { parseArgs } from 'node:util'
import { i18n } from '@lingui/core'
import { en } from '../src/locales/all'
import { dataReport } from './data-report'
import { dataDir } from './load-data'

const { values } = parseArgs({ options: { data: { type: 'string' } } })
i18n.loadAndActivate({ locale: 'en', messages: en })

const report = dataReport(values.data ?? dataDir, { findings: true })
for (const line of report.lines) (report.ok ? console.log : console.error)(line)
if (!report.ok) process.exit(1)
