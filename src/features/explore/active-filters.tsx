import { useLanguage } from '@/i18n/locale'
import { slot, withElements } from '@/i18n/rich-text'
import { formatInteger } from '@/lib/format'
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
  const [_, locale] = useLanguage()
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
          {_('explore.resultCount', {
            total,
            shownText: formatInteger(shown, locale),
            totalText: formatInteger(total, locale),
          })}
        </strong>
        {chips.length === 0 && <span className="muted"> · {_('explore.noFilters')}</span>}
      </p>
      {chips.length > 0 && (
        <>
          <ul className="chip-list" aria-label={_('explore.activeFilters')}>
            {chips.map((chip) => (
              <li key={chip.key} className="chip">
                <span>
                  {withElements(_('explore.chip', { kind: slot('kind'), value: chip.value }), {
                    kind: <span className="chip-kind">{chip.kind}</span>,
                  })}
                </span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={_('explore.chip.remove', { kind: chip.kind, value: chip.value })}
                  onClick={() => update(chip.remove)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={clearAll}>
            {_('explore.clearAll')}
          </button>
        </>
      )}
    </div>
  )
}
