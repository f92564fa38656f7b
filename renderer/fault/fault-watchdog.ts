/**
 * Errors React never sees (an event handler, a timer, a promise nobody awaited) reach the window.
 * They are reported and nothing more: the screen that threw is usually still fine to use, and
 * replacing it would throw away the visitor's place for nothing. React's own render errors do not
 * come here: the root's onCaughtError / onUncaughtError (mount.tsx) take them.
 */
export function installFaultWatchdog(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  report: (kind: 'uncaught' | 'rejection') => void,
): () => void {
  const onError = () => report('uncaught');
  const onRejection = () => report('rejection');
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
