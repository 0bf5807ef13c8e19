import { useEffect, useId, useRef, useState } from 'react'
import { useDatasetId } from '@/api/queries'
import { useTargetOverrides } from '@/api/target-overrides'
import type { Locale } from '@/domain/locale'
import type { MetricRow } from '@/domain/metric-rows'
import type { Metric } from '@/domain/schema'
import { parseTargetInput, type TargetMessage } from '@/domain/target-input'
import { overrideKind } from '@/domain/target-overrides'
import { unitMessage } from '@/i18n/labels'
import { useLanguage } from '@/i18n/locale'
import { slot, withElements } from '@/i18n/rich-text'
import { formatCompact, formatInteger } from '@/lib/format'
import { targetMessageText } from './target-message'

/**
 * The current target as text the parser reads back to the same number, in the reader's way of
 * writing numbers: "250 thousand" in English, "25万" in Chinese.
 */
export function targetInputText(value: number, metric: Metric, locale: Locale = 'en'): string {
  if (metric.unit === 'percent') return `${value}%`
  const compact = formatCompact(value, locale)
  const back = parseTargetInput(compact, metric)
  return back.ok && back.value === value ? compact : formatInteger(value, locale)
}

/** How to write a target in each unit, spelled out for the catalog check. */
const hints: Record<Metric['unit'], string> = {
  CNY: 'explore.hint.CNY',
  USD: 'explore.hint.USD',
  percent: 'explore.hint.percent',
  provinces: 'explore.hint.provinces',
  count: 'explore.hint.count',
  people: 'explore.hint.people',
  days: 'explore.hint.days',
  years: 'explore.hint.years',
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
  const [_, locale] = useLanguage()
  const { metric, target } = row
  const { overrides, setTarget, resetTarget } = useTargetOverrides(useDatasetId() ?? '')
  const [text, setText] = useState(
    target?.value === undefined ? '' : targetInputText(target.value, metric, locale),
  )
  const [error, setError] = useState<TargetMessage>()
  const id = useId()
  const hasOverride = overrides.some((o) => o.metric === metric.id)
  const label = metric.label[locale]

  const input = useRef<HTMLInputElement>(null)
  // Opened to change the target: the current one is selected, so typing replaces it.
  useEffect(() => {
    if (autoFocus) input.current?.select()
  }, [autoFocus])

  const submit = () => {
    // The target in force has the kind an analyst's number takes (a 0 "at least" judges nothing).
    const parsed = parseTargetInput(text, metric, overrideKind(metric, target))
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
          {_('explore.editor.targetFor', { label })}
        </label>
      ) : (
        <label htmlFor={`${id}-input`} className="target-editor-label">
          {withElements(
            _('explore.editor.label', { forMetric: slot('forMetric'), inUnit: slot('inUnit') }),
            {
              forMetric: (
                <span className="visually-hidden">{_('explore.editor.forMetric', { label })}</span>
              ),
              inUnit: (
                <span className="muted">
                  {_('explore.editor.inUnit', {
                    unit: metric.unit === 'percent' ? '%' : _(unitMessage[metric.unit]),
                  })}
                </span>
              ),
            },
          )}
        </label>
      )}
      <div className="target-editor-row">
        <input
          ref={input}
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
          {_('explore.editor.set')}
        </button>
        {onDone && (
          <button type="button" className="button secondary small" onClick={onDone}>
            {_('explore.cancel')}
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
            {_('explore.editor.reset')}
          </button>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {targetMessageText(error, locale)}
        </p>
      )}
      <p id={`${id}-hint`} className={compact ? 'visually-hidden' : 'field-hint'}>
        {_(hints[metric.unit])}
      </p>
    </form>
  )
}
