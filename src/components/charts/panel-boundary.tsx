import { Component, type ErrorInfo, Fragment, type ReactNode } from 'react'

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
        <div className={`chart-error ${className ?? ''}`} role="alert" style={{ minHeight }}>
          <h3>Couldn't draw the chart “{title}”</h3>
          <p>{error.message || 'Something went wrong.'}</p>
          <button type="button" className="button" onClick={this.retry}>
            Try again
          </button>
        </div>
      )
    }
    // A new key on retry remounts the chart from scratch.
    return <Fragment key={attempt}>{children}</Fragment>
  }
}
