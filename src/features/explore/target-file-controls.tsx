import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react'
import { useTargetOverrides } from '@/api/target-overrides'
import { metricsById } from '@/domain/metrics-by-id'
import type { Dataset } from '@/domain/schema'
import { storedOverrideProblem } from '@/domain/stored-overrides'
import type { EntryProblem } from '@/domain/target-file'
import { type ImportMode, type ImportPlan, importedTargets } from '@/domain/target-import-plan'
import type { TargetMessage } from '@/domain/target-input'
import type { TargetOverride } from '@/domain/target-overrides'
import { useLanguage } from '@/i18n/locale'
import { formatInteger, formatValue } from '@/lib/format'
import { downloadText } from './download'
import { StorageNotice } from './storage-notice'
import { targetMessageText } from './target-message'

/** What the last action did; worded at render time, so it follows a change of language. */
type Outcome =
  | { kind: 'checking'; file: string }
  | { kind: 'unreadable'; file: string }
  | { kind: 'rejected'; file: string; reason: TargetMessage }
  | { kind: 'problems'; file: string; problems: EntryProblem[]; total: number }
  | { kind: 'imported'; file: string; plan: ImportPlan }
  | { kind: 'reset' }

/** A checked file waiting for the reader to choose merge or replace. */
interface Pending {
  file: string
  incoming: TargetOverride[]
}

/** The file check and the preview load when someone picks or exports a file, not with the page. */
const ImportPreview = lazy(() =>
  import('./import-preview').then((module) => ({ default: module.ImportPreview })),
)

/** Targets listed by name; a longer list is counted (the export has every one). */
const SHOWN_TARGETS = 100

/**
 * The analyst's what-if targets as a whole: what is set, reset all (after a confirmation), and a
 * small JSON file to share them. An import is checked in full first (every bad entry named, and
 * nothing changes); a good file shows what it would change, merged or replacing, before it does.
 */
export function TargetFileControls({ dataset }: { dataset: Dataset }) {
  const [_, locale] = useLanguage()
  const { overrides, resetAll, resetTarget, importTargets, store } = useTargetOverrides(dataset.id)
  const [confirming, setConfirming] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()
  const [pending, setPending] = useState<Pending>()
  const [mode, setMode] = useState<ImportMode>('merge')
  const fileInput = useRef<HTMLInputElement>(null)
  const resetButton = useRef<HTMLButtonElement>(null)
  const inputId = useId()
  const metrics = metricsById(dataset)
  const labelOf = (id: string) => metrics.get(id)?.label[locale] ?? id
  const count = (n: number) => formatInteger(n, locale)
  // A 0 stored before the editor refused it judges nothing: set aside (with the storage notice)
  // rather than left in force. Until then the row reads "Cannot be judged", never "Met".
  useEffect(() => {
    store.setAsideWhere((o) => storedOverrideProblem(dataset, o))
  }, [store, dataset])

  const exportFile = async () => {
    const { targetsFileText } = await import('@/domain/target-file')
    downloadText(
      `${dataset.id}-targets.json`,
      targetsFileText(dataset.id, overrides),
      'application/json',
    )
  }

  const importFile = async (file: File) => {
    setPending(undefined)
    setOutcome({ kind: 'checking', file: file.name })
    // Read and checked off the page's thread, so a file of 100,000 entries leaves it responsive.
    const { readTargetsFile } = await import('./read-targets-file')
    const result = await readTargetsFile(file, dataset)
    if (!result) {
      setOutcome({ kind: 'unreadable', file: file.name })
    } else if (result.ok) {
      setOutcome(undefined)
      setMode('merge')
      setPending({ file: file.name, incoming: result.overrides })
    } else if ('problems' in result) {
      setOutcome({ kind: 'problems', file: file.name, ...result })
    } else {
      setOutcome({ kind: 'rejected', file: file.name, reason: result.message })
    }
  }

  const apply = (plan: ImportPlan) => {
    if (!pending) return
    const { incoming } = pending
    const saved = importTargets((mine) => importedTargets(mine, incoming, mode))
    setPending(undefined)
    // A write the browser refused is told by the storage notice, not reported as done.
    setOutcome(saved.ok ? { kind: 'imported', file: pending.file, plan } : undefined)
  }

  const outcomeText = (o: Outcome): string => {
    switch (o.kind) {
      case 'checking':
        return _('explore.targets.checking', { file: o.file })
      case 'unreadable':
        return _('explore.targets.unreadable', { file: o.file })
      case 'rejected':
        return _('explore.targets.rejected', {
          file: o.file,
          reason: targetMessageText(o.reason, locale),
        })
      case 'problems':
        return _('explore.targets.problems', {
          file: o.file,
          count: o.total,
          countText: count(o.total),
        })
      case 'imported':
        return _('explore.targets.importedPlan', {
          file: o.file,
          added: count(o.plan.added),
          changed: count(o.plan.changed),
          removed: count(o.plan.removed),
        })
      case 'reset':
        return _('explore.targets.resetDone')
    }
  }
  const failed =
    outcome?.kind === 'unreadable' || outcome?.kind === 'rejected' || outcome?.kind === 'problems'

  return (
    <div className="target-files">
      <StorageNotice store={store} list="targets" fileName="targets-set-aside.json" />
      {overrides.length === 0 ? (
        <p className="muted no-print">{_('explore.targets.none')}</p>
      ) : (
        <ul className="override-list">
          {overrides.slice(0, SHOWN_TARGETS).map((o) => (
            <li key={o.metric}>
              <span>
                {labelOf(o.metric)}
                {locale === 'zh-CN' ? '：' : ': '}
                <strong>{formatValue(o.value, o.unit, locale)}</strong>
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => resetTarget(o.metric)}
                aria-label={_('explore.targets.resetFor', { label: labelOf(o.metric) })}
              >
                {_('explore.targets.reset')}
              </button>
            </li>
          ))}
          {overrides.length > SHOWN_TARGETS && (
            <li className="muted">
              {_('explore.targets.more', { countText: count(overrides.length - SHOWN_TARGETS) })}
            </li>
          )}
        </ul>
      )}
      <div className="toolbar no-print">
        <button
          type="button"
          className="button secondary small"
          onClick={() => void exportFile()}
          disabled={overrides.length === 0}
        >
          {_('explore.targets.export')}
        </button>
        <button
          type="button"
          className="button secondary small"
          onClick={() => fileInput.current?.click()}
        >
          {_('explore.targets.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={_('explore.targets.fileLabel')}
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void importFile(file)
          }}
        />
        {overrides.length > 0 && !confirming && (
          <button
            ref={resetButton}
            type="button"
            className="button danger small"
            onClick={() => setConfirming(true)}
          >
            {_('explore.targets.resetAll')}
          </button>
        )}
      </div>
      {pending && (
        <Suspense fallback={null}>
          <ImportPreview
            file={pending.file}
            current={overrides}
            incoming={pending.incoming}
            mode={mode}
            onMode={setMode}
            onApply={apply}
            valid={store.valid}
            onCancel={() => setPending(undefined)}
            labelOf={labelOf}
          />
        </Suspense>
      )}
      {confirming && (
        <div className="confirm">
          <p id={`${inputId}-confirm`}>
            {_('explore.targets.confirm', {
              count: overrides.length,
              countText: count(overrides.length),
            })}
          </p>
          <button
            type="button"
            className="button danger small"
            // biome-ignore lint/a11y/noAutofocus: the confirmation takes focus so Enter or Escape answers it.
            autoFocus
            onClick={() => {
              resetAll()
              setConfirming(false)
              setOutcome({ kind: 'reset' })
            }}
          >
            {_('explore.targets.confirmYes')}
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              setConfirming(false)
              requestAnimationFrame(() => resetButton.current?.focus())
            }}
          >
            {_('explore.cancel')}
          </button>
        </div>
      )}
      <div aria-live="polite">
        {outcome && (
          <div
            className={failed ? 'field-error' : outcome.kind === 'checking' ? 'muted' : 'notice-ok'}
            role={failed ? 'alert' : undefined}
          >
            <p>{outcomeText(outcome)}</p>
            {outcome.kind === 'problems' && (
              <>
                <ul className="import-problems">
                  {outcome.problems.map((p) => (
                    <li key={p.entry}>{targetMessageText(p.message, locale)}</li>
                  ))}
                </ul>
                {outcome.total > outcome.problems.length && (
                  <p>
                    {_('explore.targets.moreProblems', {
                      countText: count(outcome.total - outcome.problems.length),
                    })}
                  </p>
                )}
              </>
            )}
          </div>
        )}
      </div>
    </div>
  )
}
