import { formatInteger } from '../../lib/format'
import type { FilterChip } from './filter-chips'
import type { ExploreParams } from './use-explore-search'

/** What is filtered, each value removable in one click, and the result count for screen readers. */
export function ActiveFilters({
  chips,
  shown,
  total,
  update,
}: {
  chips: readonly FilterChip[]
  shown: number
  total: number
  update: (patch: Partial<ExploreParams>) => void
}) {
  const clearAll = () =>
    update({
      categories: undefined,
      events: undefined,
      statuses: undefined,
      provenance: undefined,
      flagged: undefined,
      q: undefined,
    })
  return (
    <div className="active-filters">
      <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
        <strong>
          {formatInteger(shown, 'en')} of {formatInteger(total, 'en')} metrics
        </strong>
        {chips.length === 0 && <span className="muted"> · no filters</span>}
      </p>
      {chips.length > 0 && (
        <>
          <ul className="chip-list" aria-label="Active filters">
            {chips.map((chip) => (
              <li key={chip.key} className="chip">
                <span>
                  <span className="chip-kind">{chip.kind}:</span> {chip.value}
                </span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove filter: ${chip.kind} ${chip.value}`}
                  onClick={() => update(chip.remove)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={clearAll}>
            Clear all
          </button>
        </>
      )}
    </div>
  )
}
