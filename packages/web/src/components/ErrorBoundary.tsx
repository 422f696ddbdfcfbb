/** Catches a page that fails to draw, so the rest of the workbench stays usable and the user sees a sentence. */
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ message: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <div className="error" role="alert">
          <p>{this.props.message}</p>
        </div>
      );
    }
    return this.props.children;
  }
}
