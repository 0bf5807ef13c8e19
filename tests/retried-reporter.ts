/**
 * Lists the tests that failed and then passed on their one retry in CI (`retry` in the vitest
 * configs), so scripts/ci-summary.ts can name them: a retry keeps a rare race in the machine's
 * timing from sinking a whole run, but a flaky test is still a bug to fix, not a pass to forget.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Reporter, TestCase } from 'vitest/node'

export default class RetriedReporter implements Reporter {
  private readonly retried: string[] = []

  constructor(private readonly options: { outputFile: string }) {}

  onTestCaseResult(testCase: TestCase): void {
    const diagnostic = testCase.diagnostic()
    if (diagnostic?.flaky) this.retried.push(testCase.fullName)
  }

  onTestRunEnd(): void {
    mkdirSync(dirname(this.options.outputFile), { recursive: true })
    writeFileSync(this.options.outputFile, `${JSON.stringify(this.retried, null, 2)}\n`)
  }
}
