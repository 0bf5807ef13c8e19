import { useLingui } from '@lingui/react'
import { useEffect, useState } from 'react'
import { ApiError } from '@/api/client'
import { MAX_RETRIES } from '@/api/queries'
import { describeIssue } from '@/domain/data-issue'
import { useLanguage } from '@/i18n/locale'
import { formatDateTime } from '@/lib/format'

/** Shown while a panel's data loads; sized by the caller so nothing shifts when data arrives. */
export function PanelLoading({ label, minHeight }: { label: string; minHeight?: number }) {
  return (
    <div className="panel-loading" role="status" style={{ minHeight }}>
      <span className="visually-hidden">{label}</span>
      <div className="skeleton" aria-hidden="true" />
      <div className="skeleton short" aria-hidden="true" />
      <div className="skeleton" aria-hidden="true" />
    </div>
  )
}

const MAX_DETAILS = 3

/** The reader's words for what went wrong; the typed error carries the facts. */
export function useErrorMessage() {
  const { _ } = useLingui()
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return _('error.unknown')
    switch (error.kind) {
      case 'network':
        return _('error.network')
      case 'timeout':
        return _('error.timeout', { seconds: error.timeoutSeconds ?? 0 })
      case 'http':
        return _('error.http', { status: error.status ?? 0 })
      case 'malformed':
        return _('error.malformed')
      case 'invalid':
        return _('error.invalid')
      case 'empty':
        return _('error.empty')
    }
  }
}

/** A panel that could not get its data: what went wrong, in words, and a way to try again. */
export function PanelError({
  title,
  error,
  onRetry,
}: {
  title: string
  error: unknown
  onRetry: () => void
}) {
  const { _ } = useLingui()
  const message = useErrorMessage()(error)
  const issues = error instanceof ApiError ? error.issues : []
  return (
    <div className="panel-error" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {issues.length > 0 && (
        <ul className="issue-list">
          {issues.slice(0, MAX_DETAILS).map((issue) => (
            <li key={describeIssue(issue)}>
              <code lang="en">{describeIssue(issue)}</code>
            </li>
          ))}
          {issues.length > MAX_DETAILS && (
            <li>{_('list.more', { count: issues.length - MAX_DETAILS })}</li>
          )}
        </ul>
      )}
      <button type="button" className="button" onClick={onRetry}>
        {_('error.tryAgain')}
      </button>
    </div>
  )
}

/**
 * Shown above data that is still on screen after a refresh failed: how old it is, what went
 * wrong, and a way to try again. Nothing the reader was looking at disappears.
 */
export function StaleNotice({
  updatedAt,
  error,
  onRetry,
}: {
  updatedAt: number
  error: unknown
  onRetry: () => void
}) {
  const [_, locale] = useLanguage()
  const message = useErrorMessage()(error)
  const since = formatDateTime(updatedAt, locale)
  return (
    <div className="stale-notice" role="status">
      <p>
        <strong>{_('error.stale', { time: since })}</strong> {_('error.staleDetail', { message })}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {_('error.tryAgain')}
      </button>
    </div>
  )
}

/** How long a request may take before the reader is told it is still being tried. */
const WAITING_NOTICE_MS = 3000

/**
 * While the dataset is being fetched: after a few seconds, or once an attempt has failed, says
 * which attempt is running out of how many, long before the last one gives up.
 */
export function DatasetWaiting({
  fetching,
  failureCount,
  updatedAt,
}: {
  fetching: boolean
  failureCount: number
  /** When the figures on screen were received, if any are. */
  updatedAt?: number
}) {
  const [_, locale] = useLanguage()
  const [late, setLate] = useState(false)
  useEffect(() => {
    if (!fetching) {
      setLate(false)
      return
    }
    const timer = window.setTimeout(() => setLate(true), WAITING_NOTICE_MS)
    return () => window.clearTimeout(timer)
  }, [fetching])
  if (!fetching || (!late && failureCount === 0)) return null
  const attempt = _('loading.attempt', { attempt: failureCount + 1, attempts: MAX_RETRIES + 1 })
  const shown =
    updatedAt !== undefined && updatedAt > 0
      ? _('loading.showingSaved', {
          time: formatDateTime(updatedAt, locale),
        })
      : ''
  return (
    <div className="stale-notice" role="status">
      <p>{shown ? `${attempt} ${shown}` : attempt}</p>
    </div>
  )
}
