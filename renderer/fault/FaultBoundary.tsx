import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What stands in for the children once one of them has thrown while rendering. */
  fallback: ReactNode;
  /** Called once the fault is caught; the root's onCaughtError reports it to the core. */
  onFault?: () => void;
}

/**
 * React's error boundary: a screen that throws while rendering is replaced by `fallback` instead of
 * taking the whole page down with it. A boundary stays failed; the parent remounts it (a new key) to
 * try its children again.
 */
export class FaultBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(): void {
    this.props.onFault?.();
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
