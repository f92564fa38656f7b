/**
 * Runs `run` when the page is next idle (after the frame being drawn), or within `timeoutMs` on a page that
 * never is. Outside a page (unit tests in Node) there is no idle callback: a timer runs it, with no deadline.
 */
export function whenIdle(run: (deadline?: IdleDeadline) => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, 0);
}
