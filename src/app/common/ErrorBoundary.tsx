import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the part of the page that failed, e.g. "The answer list". */
  area: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps a rendering bug in one pane from blanking the whole app. "Try again" re-mounts the pane;
 * the document and question live in storage, so nothing the user typed is lost.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Logged, not swallowed: the console keeps the component stack for bug reports.
    console.error(`${this.props.area} failed to render`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="banner banner-error" role="alert" data-testid="error">
        <div className="banner-body">
          <p className="banner-title">{this.props.area} stopped working.</p>
          <p className="banner-message">{error.message}</p>
          <p className="banner-hint">Your document and question are saved. Try again, or reload the page if this keeps happening.</p>
        </div>
        <div className="banner-actions">
          <button type="button" className="button button-primary" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      </div>
    );
  }
}
