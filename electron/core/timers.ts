/**
 * One-shot timers as the core's own background work uses them (a staff session's expiry, the printer
 * check while it is down): Node's, unref'd, so none keeps a stopping process alive, unless a test hands
 * in a fake clock's.
 */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const NODE_TIMERS: Timers = {
  set: (run, ms) => setTimeout(run, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
