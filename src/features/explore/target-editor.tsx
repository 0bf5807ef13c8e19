import { useId, useState } from 'react'
import { useTargetOverrides } from '../../api/target-overrides'
import type { MetricRow } from '../../domain/metric-rows'
import type { Metric } from '../../domain/schema'
import { parseTargetInput } from '../../domain/target-input'
import { formatCompact, formatInteger } from '../../lib/format'

/** The current target as text the parser reads back to the same number. */
export function targetInputText(value: number, metric: Metric): string {
  if (metric.unit === 'percent') return `${value}%`
  const compact = formatCompact(value, 'en')
  const back = parseTargetInput(compact, metric)
  return back.ok && back.value === value ? compact : formatInteger(value, 'en')
}

const hints: Record<Metric['unit'], string> = {
  CNY: 'In yuan, e.g. 10 bn, 1.5 million, 100亿.',
  USD: 'In US dollars, e.g. 7.25 bn, 1.5 million.',
  percent: 'A percentage from 0 to 100, e.g. 64%.',
  provinces: 'A whole number of provinces, 0 to 31.',
  count: 'A whole number, e.g. 500,000 or 90k.',
  people: 'A whole number of people, e.g. 500,000 or 0.5 million.',
  days: 'A whole number of days.',
  years: 'A whole number of years.',
}

/**
 * A what-if target: typed in the metric's own unit, checked by parseTargetInput, kept as an
 * analyst override that every view picks up at once. A bad value leaves the target as it was.
 */
export function TargetEditor({
  row,
  compact = false,
  autoFocus = false,
  onDone,
}: {
  row: MetricRow
  /** In a table cell: the label is for screen readers only. */
  compact?: boolean
  autoFocus?: boolean
  /** Called after a save or cancel (a table cell closes its editor). */
  onDone?: () => void
}) {
  const { metric, target } = row
  const { overrides, setTarget, resetTarget } = useTargetOverrides()
  const [text, setText] = useState(target ? targetInputText(target.value, metric) : '')
  const [error, setError] = useState<string>()
  const id = useId()
  const hasOverride = overrides.some((o) => o.metric === metric.id)

  const submit = () => {
    const parsed = parseTargetInput(text, metric)
    if (!parsed.ok) {
      setError(parsed.message)
      return
    }
    setError(undefined)
    setTarget(metric.id, parsed.value, metric.unit)
    onDone?.()
  }

  return (
    <form
      className={compact ? 'target-editor compact' : 'target-editor'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onDone) {
          e.stopPropagation()
          onDone()
        }
      }}
    >
      {compact ? (
        <label htmlFor={`${id}-input`} className="visually-hidden">
          Target for {metric.label.en}
        </label>
      ) : (
        <label htmlFor={`${id}-input`} className="target-editor-label">
          What-if target <span className="visually-hidden">for {metric.label.en}</span>{' '}
          <span className="muted">(in {metric.unit === 'percent' ? '%' : metric.unit})</span>
        </label>
      )}
      <div className="target-editor-row">
        <input
          id={`${id}-input`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          // biome-ignore lint/a11y/noAutofocus: the editor opens on request, where the user wants to type.
          autoFocus={autoFocus}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button small">
          Set target
        </button>
        {onDone && (
          <button type="button" className="button secondary small" onClick={onDone}>
            Cancel
          </button>
        )}
        {hasOverride && !onDone && (
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              resetTarget(metric.id)
              setError(undefined)
            }}
          >
            Reset target
          </button>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <p id={`${id}-hint`} className={compact ? 'visually-hidden' : 'field-hint'}>
        {hints[metric.unit]}
      </p>
    </form>
  )
}
