import { useLingui } from '@lingui/react'
import { Component, type ErrorInfo, Fragment, type ReactNode } from 'react'
import { ChartDataError } from '@/domain/chart-data'

interface Props {
  /** The chart's name, for the message: "Couldn't draw the chart “Innovation funnel”". */
  title: string
  /** The height the chart would have had, so an error shifts nothing around it. */
  minHeight?: number
  className?: string
  children: ReactNode
}

interface State {
  error: Error | undefined
  attempt: number
}

/** Catalog ids of what a chart found missing in the dataset. */
const reasonMessage: Record<ChartDataError['reason'], string> = {
  'missing-metric': 'chart.error.missingMetric',
  'no-milestones': 'chart.error.noMilestones',
}

/**
 * One chart's error boundary: if it throws, it says so in place and offers "Try again", and
 * the other charts carry on.
 */
export class PanelBoundary extends Component<Props, State> {
  state: State = { error: undefined, attempt: 0 }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept visible for whoever is debugging; the reader sees the panel's own message.
    console.error(`Chart “${this.props.title}” failed`, error, info.componentStack)
  }

  private retry = () => {
    this.setState((state) => ({ error: undefined, attempt: state.attempt + 1 }))
  }

  render() {
    const { error, attempt } = this.state
    const { title, minHeight, className, children } = this.props
    if (error) {
      return (
        <ChartError
          title={title}
          error={error}
          minHeight={minHeight}
          className={className}
          onRetry={this.retry}
        />
      )
    }
    // A new key on retry remounts the chart from scratch.
    return <Fragment key={attempt}>{children}</Fragment>
  }
}

/** What went wrong, in the reader's language; an unexpected error's own text stays as written. */
function ChartError({
  title,
  error,
  minHeight,
  className,
  onRetry,
}: {
  title: string
  error: Error
  minHeight: number | undefined
  className: string | undefined
  onRetry: () => void
}) {
  const { _ } = useLingui()
  return (
    <div className={`chart-error ${className ?? ''}`} role="alert" style={{ minHeight }}>
      <h3>{_('chart.error.title', { title })}</h3>
      {error instanceof ChartDataError ? (
        <p>{_(reasonMessage[error.reason], { id: error.subject })}</p>
      ) : (
        <p>
          {_('error.unknown')}
          {error.message && (
            <>
              {' '}
              <code lang="en">{error.message}</code>
            </>
          )}
        </p>
      )}
      <button type="button" className="button" onClick={onRetry}>
        {_('error.tryAgain')}
      </button>
    </div>
  )
}
