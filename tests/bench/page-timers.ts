/**
 * Counts the page's timers that are still to run: intervals not cleared and timeouts not yet fired nor
 * cleared. Added as an init script after the page clock (Playwright's fake timers) is installed, so it
 * wraps those; the soak (soak.ts) reads the count at each checkpoint, where a timer a screen forgot to
 * clear on unmount would show as one more per visit. Self-contained: Playwright sends its source.
 */
export function countPageTimers(): void {
  const live = new Set<number>();
  const { setTimeout: later, setInterval: every, clearTimeout: cancel } = window;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const run = typeof handler === 'function' ? handler : () => {};
    const id = later(
      (...passed: unknown[]) => {
        live.delete(id);
        run(...passed);
      },
      ms,
      ...args,
    );
    live.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = every(handler, ms, ...args);
    live.add(id);
    return id;
  }) as typeof window.setInterval;
  // One pool of ids: either clear ends either kind of timer.
  const clear = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    cancel(id);
  }) as typeof window.clearTimeout;
  window.clearTimeout = clear;
  window.clearInterval = clear;
  Object.defineProperty(window, '__soakTimers', { value: () => live.size });
}
