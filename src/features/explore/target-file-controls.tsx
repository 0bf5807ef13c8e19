import { useLingui } from '@lingui/react'
import { useId, useRef, useState } from 'react'
import { useTargetOverrides } from '@/api/target-overrides'
import type { Dataset } from '@/domain/schema'
import {
  parseOverridesFile,
  type TargetMessage,
  type TargetOverridesFile,
} from '@/domain/target-input'
import { TARGET_OVERRIDES_VERSION } from '@/domain/target-overrides'
import { useLocale } from '@/i18n/locale'
import { formatInteger, formatValue } from '@/lib/format'
import { downloadText } from './download'
import { StorageNotice } from './storage-notice'
import { targetMessageText } from './target-message'

/** What the last action did; worded at render time, so it follows a change of language. */
type Outcome =
  | { kind: 'unreadable'; file: string }
  | { kind: 'rejected'; file: string; reason: TargetMessage }
  | { kind: 'imported'; file: string; count: number }
  | { kind: 'reset' }

/** FileReader rather than Blob.text(), which older Safari and jsdom lack. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () => reject(reader.error)
    reader.readAsText(file)
  })
}

/**
 * The analyst's what-if targets as a whole: what is set, reset all (after a confirmation), and a
 * small JSON file to share them. An import is checked in full first; any bad entry and nothing
 * changes.
 */
export function TargetFileControls({ dataset }: { dataset: Dataset }) {
  const { _ } = useLingui()
  const locale = useLocale()
  const { overrides, resetAll, resetTarget, replaceAll, store } = useTargetOverrides(dataset.id)
  const [confirming, setConfirming] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()
  const fileInput = useRef<HTMLInputElement>(null)
  const resetButton = useRef<HTMLButtonElement>(null)
  const inputId = useId()
  const labels = new Map(dataset.metrics.map((m) => [m.id, m.label[locale]]))

  const exportFile = () => {
    const file: TargetOverridesFile = {
      kind: 'cp-kpi-target-overrides',
      version: TARGET_OVERRIDES_VERSION,
      dataset: dataset.id,
      overrides,
    }
    downloadText(
      `${dataset.id}-targets.json`,
      `${JSON.stringify(file, null, 2)}\n`,
      'application/json',
    )
  }

  const importFile = async (file: File) => {
    let text: string
    try {
      text = await readText(file)
    } catch {
      setOutcome({ kind: 'unreadable', file: file.name })
      return
    }
    const result = parseOverridesFile(text, dataset)
    if (!result.ok) {
      setOutcome({ kind: 'rejected', file: file.name, reason: result.message })
      return
    }
    // A write the browser refused is told by the storage notice, not reported as done.
    if (!replaceAll(result.overrides).ok) {
      setOutcome(undefined)
      return
    }
    setOutcome({ kind: 'imported', file: file.name, count: result.overrides.length })
  }

  const outcomeText = (o: Outcome): string => {
    switch (o.kind) {
      case 'unreadable':
        return _('explore.targets.unreadable', { file: o.file })
      case 'rejected':
        return _('explore.targets.rejected', {
          file: o.file,
          reason: targetMessageText(o.reason, locale),
        })
      case 'imported':
        return _('explore.targets.imported', {
          file: o.file,
          count: o.count,
          countText: formatInteger(o.count, locale),
        })
      case 'reset':
        return _('explore.targets.resetDone')
    }
  }
  const failed = outcome?.kind === 'unreadable' || outcome?.kind === 'rejected'

  return (
    <div className="target-files">
      <StorageNotice store={store} list="targets" fileName="targets-set-aside.json" />
      {overrides.length === 0 ? (
        <p className="muted no-print">{_('explore.targets.none')}</p>
      ) : (
        <ul className="override-list">
          {overrides.map((o) => (
            <li key={o.metric}>
              <span>
                {labels.get(o.metric) ?? o.metric}:{' '}
                <strong>{formatValue(o.value, o.unit, locale)}</strong>
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => resetTarget(o.metric)}
                aria-label={_('explore.targets.resetFor', {
                  label: labels.get(o.metric) ?? o.metric,
                })}
              >
                {_('explore.targets.reset')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="toolbar no-print">
        <button
          type="button"
          className="button secondary small"
          onClick={exportFile}
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
      {confirming && (
        <div className="confirm">
          <p id={`${inputId}-confirm`}>
            {_('explore.targets.confirm', {
              count: overrides.length,
              countText: formatInteger(overrides.length, locale),
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
          <p className={failed ? 'field-error' : 'notice-ok'} role={failed ? 'alert' : undefined}>
            {outcomeText(outcome)}
          </p>
        )}
      </div>
    </div>
  )
}
