/**
 * Runs `run` when the page is next idle (after the frame being drawn), or within `timeoutMs` on a page that
 * never is. Outside a page (unit tests in Node) there is no idle callback: a timer runs it, with no deadline.
 */
export function whenIdle(run: (deadline?: IdleDeadline) => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, 0);
}

/**
 * How long after the page starts its warming work begins: the lobby is drawn, its fonts painted and a first
 * touch answerable before any of it competes for the main thread (issue 18's cold start).
 */
export const AFTER_START_MS = 1500;

/**
 * Runs `steps` in order, each in an idle period of its own, the first `afterMs` from now. A touch that comes
 * meanwhile waits for one step at most, never for the lot (on a slow PC the ICU's number data alone took 90 ms
 * of one task). Returns a cancel for an effect's cleanup: the steps not yet run never run.
 */
export function idleSteps(steps: readonly (() => void)[], afterMs: number = AFTER_START_MS): () => void {
  let stopped = false;
  const next = (index: number) => {
    const step = steps[index];
    if (stopped || !step) return;
    step();
    whenIdle(() => next(index + 1), 2000);
  };
  const timer = setTimeout(() => whenIdle(() => next(0), 2000), afterMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
