import { useId, useMemo, useState } from 'react'
import { TableHead } from '@/components/table-head'
import { type ImportMode, type ImportPlan, planImport } from '@/domain/target-import-plan'
import type { TargetOverride } from '@/domain/target-overrides'
import { useLanguage } from '@/i18n/locale'
import { formatInteger, formatValue } from '@/lib/format'
import { nextTask } from '@/lib/next-task'

const modeMessage: Record<ImportMode, string> = {
  merge: 'explore.targets.preview.merge',
  replace: 'explore.targets.preview.replace',
}

/** Rows shown in the preview; the rest are counted. */
const SHOWN_CHANGES = 50

/**
 * What importing a checked file would do, before anything changes: counts of targets added,
 * changed, removed and unchanged, the first changes metric by metric, and the choice between
 * merging with the current targets and replacing them.
 */
export function ImportPreview({
  file,
  current,
  incoming,
  mode,
  onMode,
  onApply,
  onCancel,
  labelOf,
  valid,
}: {
  file: string
  current: readonly TargetOverride[]
  incoming: readonly TargetOverride[]
  mode: ImportMode
  onMode: (mode: ImportMode) => void
  onApply: (plan: ImportPlan) => void
  onCancel: () => void
  labelOf: (metric: string) => string
  /** The store's check of an entry (it remembers what passed). */
  valid: (entry: TargetOverride) => boolean
}) {
  const [_, locale] = useLanguage()
  const id = useId()
  const plan = useMemo(
    () => planImport(current, incoming, mode, SHOWN_CHANGES),
    [current, incoming, mode],
  )
  const [checking, setChecking] = useState(false)
  const apply = async () => {
    setChecking(true)
    // Every entry checked with the store's schema first, a slice at a time: saving 100,000 then
    // only writes them (in one go the check held the page).
    for (const [index, entry] of incoming.entries()) {
      if (index % 2000 === 0) await nextTask()
      valid(entry)
    }
    onApply(plan)
  }
  const count = (n: number) => formatInteger(n, locale)
  const shown = plan.changes
  const changes = plan.added + plan.changed + plan.removed
  const value = (n: number | undefined, unit: TargetOverride['unit']) =>
    n === undefined ? _('explore.targets.preview.none') : formatValue(n, unit, locale)

  return (
    <section className="import-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{_('explore.targets.preview.title', { file })}</h3>
      <p aria-live="polite">
        {_('explore.targets.preview.summary', {
          added: count(plan.added),
          changed: count(plan.changed),
          removed: count(plan.removed),
          unchanged: count(plan.unchanged),
        })}
      </p>
      <fieldset disabled={checking}>
        <legend>{_('explore.targets.preview.mode')}</legend>
        {(['merge', 'replace'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${id}-mode`}
              value={option}
              checked={mode === option}
              onChange={() => onMode(option)}
            />{' '}
            {_(modeMessage[option])}
          </label>
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p>{_('explore.targets.preview.nothing')}</p>
      ) : (
        <div className="import-changes">
          <table className="data-table">
            <caption>{_('explore.targets.preview.caption')}</caption>
            <TableHead
              columns={[
                _('explore.targets.preview.metric'),
                _('explore.targets.preview.now'),
                _('explore.targets.preview.after'),
              ]}
            />
            <tbody>
              {shown.map((c) => (
                <tr key={c.metric}>
                  <th scope="row">{labelOf(c.metric)}</th>
                  <td>{value(c.before, c.unit)}</td>
                  <td>
                    {c.change === 'removed'
                      ? _('explore.targets.preview.removed')
                      : value(c.after, c.unit)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {changes > shown.length && (
            <p className="muted">
              {_('explore.targets.preview.moreChanges', {
                countText: count(changes - shown.length),
              })}
            </p>
          )}
        </div>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="button small"
          onClick={() => void apply()}
          disabled={checking}
        >
          {_('explore.targets.preview.apply')}
        </button>
        <button
          type="button"
          className="button secondary small"
          onClick={onCancel}
          disabled={checking}
        >
          {_('explore.cancel')}
        </button>
      </div>
      {checking && (
        <p className="muted" role="status">
          {_('explore.targets.checking', { file })}
        </p>
      )}
    </section>
  )
}
