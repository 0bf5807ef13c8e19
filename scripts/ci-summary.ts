/**
 * The CI verdict from vitest's JSON reports. Prints any failures, then exactly one final line,
 * `N passed, N failed`, and exits 1 if anything failed. In CI a skipped, pending or todo test
 * counts as failed, and so does a missing report (its stage did not run or crashed) or a test
 * file that failed outside any test (an import error, a failing hook). A test that passed only on
 * its retry counts as passed and is named above the final line.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

interface AssertionResult {
  fullName: string
  status: string
  failureMessages?: string[]
}

interface FileResult {
  name: string
  status: string
  message?: string
  assertionResults: AssertionResult[]
}

interface JsonReport {
  success: boolean
  testResults: FileResult[]
}

const stages = [
  { name: 'unit', file: 'test-results/unit.json' },
  { name: 'e2e (timed, one file at a time)', file: 'test-results/e2e-timed.json' },
  { name: 'e2e', file: 'test-results/e2e-rest.json' },
]

let passed = 0
let failed = 0
const failures: string[] = []
const retried: string[] = []

function fail(description: string): void {
  failed += 1
  failures.push(description)
}

function readReport(path: string): JsonReport | string {
  if (!existsSync(path)) return 'is missing (the stage did not run or crashed before reporting)'
  try {
    const report = JSON.parse(readFileSync(path, 'utf8')) as Partial<JsonReport>
    if (!Array.isArray(report.testResults)) return 'is not a vitest JSON report'
    return { success: report.success === true, testResults: report.testResults }
  } catch (error) {
    return `could not be read: ${error instanceof Error ? error.message : String(error)}`
  }
}

/** The tests that passed only on their retry (tests/retried-reporter.ts), beside a stage's report. */
function readRetried(reportPath: string): string[] {
  const path = reportPath.replace(/\.json$/, '-retried.json')
  if (!existsSync(path)) return []
  const names = JSON.parse(readFileSync(path, 'utf8')) as unknown
  return Array.isArray(names) ? names.map(String) : []
}

for (const stage of stages) {
  const path = fileURLToPath(new URL(`../${stage.file}`, import.meta.url))
  const report = readReport(path)
  if (typeof report === 'string') {
    fail(`[${stage.name}] ${stage.file} ${report}`)
    continue
  }
  if (report.testResults.length === 0) fail(`[${stage.name}] no test files ran`)
  retried.push(...readRetried(path).map((name) => `[${stage.name}] ${name}`))
  const failedBefore = failed
  for (const file of report.testResults) {
    let fileFailures = 0
    for (const test of file.assertionResults) {
      if (test.status === 'passed') {
        passed += 1
        continue
      }
      fileFailures += 1
      const why = test.failureMessages?.[0]?.split('\n')[0]
      fail(`[${stage.name}] ${test.status}: ${test.fullName}${why ? `\n      ${why}` : ''}`)
    }
    if (file.status === 'failed' && fileFailures === 0) {
      fail(`[${stage.name}] ${file.name} failed: ${file.message || 'no test reported the error'}`)
    }
  }
  // vitest can report failure without a failing test (e.g. an unhandled error): still a failure.
  if (!report.success && failed === failedBefore) {
    fail(`[${stage.name}] vitest reported the run as unsuccessful`)
  }
}

if (retried.length > 0) {
  console.log('Passed only on a retry (flaky: to fix):')
  for (const name of retried) console.log(`  ${name}`)
}
if (failures.length > 0) {
  console.log('Failures:')
  for (const failure of failures) console.log(`  ${failure}`)
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
