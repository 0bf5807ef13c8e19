import { useLingui } from '@lingui/react'
import { printReport } from '@/components/print-report'

/** Prints the overview as a report (or saves it as PDF); loaded after the first screen. */
export function PrintButton() {
  const { _ } = useLingui()
  return (
    <p className="no-print">
      <button type="button" className="button secondary small" onClick={() => void printReport()}>
        {_('overview.print')}
      </button>
    </p>
  )
}
