import { useLingui } from '@lingui/react'
import { type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { StatusBadge } from '@/components/status-badge'
import type { MetricFilters, ProvenanceFilter } from '@/domain/filters'
import { categories, type KpiEvent, targetProvenances } from '@/domain/schema'
import { statuses } from '@/domain/status'
import { categoryMessage } from '@/i18n/labels'
import { useLanguage, useLocale } from '@/i18n/locale'
import { formatInteger } from '@/lib/format'
import type { FacetCounts } from './facet-counts'
import { provenanceFilterMessage } from './messages'
import { type ExploreParams, listParam } from './use-explore-search'

const provenanceOptions: readonly ProvenanceFilter[] = [...targetProvenances, 'none']

/** Typing waits this long before it reaches the URL, so each keystroke is not a navigation. */
export const SEARCH_DEBOUNCE_MS = 250

type Update = (patch: Partial<ExploreParams>, options?: { replace?: boolean }) => void

function toggle<T>(values: readonly T[] | undefined, value: T, on: boolean): T[] | undefined {
  const current = values ?? []
  return listParam(on ? [...current, value] : current.filter((v) => v !== value))
}

function Count({ n }: { n: number | undefined }) {
  const locale = useLocale()
  return (
    <span className="facet-count">
      <span className="visually-hidden">{locale === 'en' ? ', ' : '，'}</span>
      {formatInteger(n ?? 0, locale)}
    </span>
  )
}

function CheckboxGroup<T extends string | number>({
  legend,
  options,
  selected,
  counts,
  label,
  onChange,
}: {
  legend: string
  options: readonly T[]
  selected: readonly T[] | undefined
  counts: ReadonlyMap<T, number>
  label: (option: T) => ReactNode
  onChange: (option: T, on: boolean) => void
}) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="checkbox"
            checked={selected?.includes(option) ?? false}
            onChange={(e) => onChange(option, e.target.checked)}
          />
          <span className="check-label">{label(option)}</span>
          <Count n={counts.get(option)} />
        </label>
      ))}
    </fieldset>
  )
}

/** Free-text search: local while typing, written to the URL (replacing history) after a pause. */
function SearchBox({ value, update }: { value: string | undefined; update: Update }) {
  const { _ } = useLingui()
  const [text, setText] = useState(value ?? '')
  const committed = useRef(value ?? '')
  const id = useId()

  // The URL changed from elsewhere (a chip, Clear all, Back): show what the URL says.
  useEffect(() => {
    if ((value ?? '') !== committed.current) {
      committed.current = value ?? ''
      setText(value ?? '')
    }
  }, [value])

  useEffect(() => {
    if (text === committed.current) return
    const timer = setTimeout(() => {
      committed.current = text
      update({ q: text.trim() === '' ? undefined : text.slice(0, 200) }, { replace: true })
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, update])

  return (
    <div className="filter-search">
      <label htmlFor={id}>{_('explore.search.label')}</label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={200}
        placeholder={_('explore.search.placeholder')}
        onChange={(e) => setText(e.target.value)}
      />
    </div>
  )
}

export function FilterPanel({
  filters,
  events,
  counts,
  update,
}: {
  filters: MetricFilters
  events: readonly KpiEvent[]
  /** How many metrics each option gives with the other filters as they are. */
  counts: FacetCounts
  update: Update
}) {
  const [_, locale] = useLanguage()
  const flagged = filters.flagged === undefined ? 'any' : filters.flagged ? 'yes' : 'no'
  const flaggedName = useId()
  return (
    <div className="filter-panel">
      <SearchBox value={filters.q} update={update} />
      <CheckboxGroup
        legend={_('explore.filter.category')}
        options={categories}
        selected={filters.categories}
        counts={counts.categories}
        label={(c) => _(categoryMessage[c])}
        onChange={(c, on) => update({ categories: toggle(filters.categories, c, on) })}
      />
      <CheckboxGroup
        legend={_('explore.filter.status')}
        options={statuses}
        selected={filters.statuses}
        counts={counts.statuses}
        label={(s) => <StatusBadge status={s} />}
        onChange={(s, on) => update({ statuses: toggle(filters.statuses, s, on) })}
      />
      <CheckboxGroup
        legend={_('explore.filter.provenance')}
        options={provenanceOptions}
        selected={filters.provenance}
        counts={counts.provenance}
        label={(p) => _(provenanceFilterMessage[p])}
        onChange={(p, on) => update({ provenance: toggle(filters.provenance, p, on) })}
      />
      <fieldset className="filter-group">
        <legend>{_('explore.filter.dataQuality')}</legend>
        {(
          [
            ['any', _('explore.flagged.any')],
            ['yes', _('explore.flagged.yes')],
            ['no', _('explore.flagged.no')],
          ] as const
        ).map(([value, text]) => (
          <label key={value} className="check">
            <input
              type="radio"
              name={flaggedName}
              value={value}
              checked={flagged === value}
              onChange={() => update({ flagged: value === 'any' ? undefined : value === 'yes' })}
            />
            <span className="check-label">{text}</span>
            <Count
              n={
                value === 'any'
                  ? (counts.flagged.get(true) ?? 0) + (counts.flagged.get(false) ?? 0)
                  : counts.flagged.get(value === 'yes')
              }
            />
          </label>
        ))}
      </fieldset>
      <CheckboxGroup
        legend={_('explore.filter.event')}
        options={events.map((e) => e.number)}
        selected={filters.events}
        counts={counts.events}
        label={(n) => {
          const event = events.find((e) => e.number === n)
          return (
            <>
              <span className="event-no">{n}</span> {event?.title[locale]}
            </>
          )
        }}
        onChange={(n, on) => update({ events: toggle(filters.events, n, on) })}
      />
    </div>
  )
}
