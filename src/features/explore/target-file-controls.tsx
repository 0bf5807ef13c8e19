import { useId, useRef, useState } from 'react'
import { targetOverridesStore, useTargetOverrides } from '../../api/target-overrides'
import type { Dataset } from '../../domain/schema'
import { parseOverridesFile, type TargetOverridesFile } from '../../domain/target-input'
import { TARGET_OVERRIDES_VERSION } from '../../domain/target-overrides'
import { formatValue } from '../../lib/format'
import { downloadText } from './download'

type Message = { kind: 'ok' | 'error'; text: string }

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
  const { overrides, resetAll, resetTarget, replaceAll } = useTargetOverrides()
  const [confirming, setConfirming] = useState(false)
  const [message, setMessage] = useState<Message>()
  const fileInput = useRef<HTMLInputElement>(null)
  const resetButton = useRef<HTMLButtonElement>(null)
  const inputId = useId()
  const labels = new Map(dataset.metrics.map((m) => [m.id, m.label.en]))
  const storedProblem = targetOverridesStore.problem()

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
      setMessage({ kind: 'error', text: `Could not read “${file.name}”. Nothing was changed.` })
      return
    }
    const result = parseOverridesFile(text, dataset)
    if (!result.ok) {
      setMessage({
        kind: 'error',
        text: `Could not import “${file.name}”. ${result.message} Nothing was changed.`,
      })
      return
    }
    replaceAll(result.overrides)
    setMessage({
      kind: 'ok',
      text: `Imported ${result.overrides.length} analyst target${result.overrides.length === 1 ? '' : 's'} from “${file.name}”.`,
    })
  }

  return (
    <div className="target-files">
      {storedProblem && (
        <p className="notice" role="status">
          Saved targets from an earlier visit could not be read ({storedProblem}) and were set
          aside.
        </p>
      )}
      {overrides.length === 0 ? (
        <p className="muted no-print">
          No analyst targets yet. Edit a target in the table (✎) or in a metric's detail panel.
        </p>
      ) : (
        <ul className="override-list">
          {overrides.map((o) => (
            <li key={o.metric}>
              <span>
                {labels.get(o.metric) ?? o.metric}:{' '}
                <strong>{formatValue(o.value, o.unit, 'en')}</strong>
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => resetTarget(o.metric)}
                aria-label={`Reset target for ${labels.get(o.metric) ?? o.metric}`}
              >
                Reset
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
          Export targets
        </button>
        <button
          type="button"
          className="button secondary small"
          onClick={() => fileInput.current?.click()}
        >
          Import targets…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Targets file to import"
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
            Reset all targets
          </button>
        )}
      </div>
      {confirming && (
        <div className="confirm">
          <p id={`${inputId}-confirm`}>
            Reset all {overrides.length} analyst target{overrides.length === 1 ? '' : 's'} to the
            dataset's targets? This cannot be undone.
          </p>
          <button
            type="button"
            className="button danger small"
            // biome-ignore lint/a11y/noAutofocus: the confirmation takes focus so Enter or Escape answers it.
            autoFocus
            onClick={() => {
              resetAll()
              setConfirming(false)
              setMessage({ kind: 'ok', text: 'All analyst targets were reset.' })
            }}
          >
            Yes, reset all
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              setConfirming(false)
              requestAnimationFrame(() => resetButton.current?.focus())
            }}
          >
            Cancel
          </button>
        </div>
      )}
      <div aria-live="polite">
        {message && (
          <p
            className={message.kind === 'error' ? 'field-error' : 'notice-ok'}
            role={message.kind === 'error' ? 'alert' : undefined}
          >
            {message.text}
          </p>
        )}
      </div>
    </div>
  )
}
