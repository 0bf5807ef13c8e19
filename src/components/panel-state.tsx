import { ApiError } from '../api/client'
import { describeIssue } from '../domain/data-issue'

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
  const message = error instanceof Error ? error.message : 'Something went wrong.'
  const issues = error instanceof ApiError ? error.issues : []
  return (
    <div className="panel-error" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {issues.length > 0 && (
        <ul className="issue-list">
          {issues.slice(0, MAX_DETAILS).map((issue) => (
            <li key={describeIssue(issue)}>
              <code>{describeIssue(issue)}</code>
            </li>
          ))}
          {issues.length > MAX_DETAILS && <li>and {issues.length - MAX_DETAILS} more</li>}
        </ul>
      )}
      <button type="button" className="button" onClick={onRetry}>
        Try again
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
  const message = error instanceof Error ? error.message : 'The refresh failed.'
  const since = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
    updatedAt,
  )
  return (
    <div className="stale-notice" role="status">
      <p>
        <strong>Stale since {since}.</strong> Couldn't refresh the data: {message} The figures below
        are the last ones received.
      </p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}
