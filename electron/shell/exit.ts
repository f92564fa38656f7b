import type { App } from 'electron';

/**
 * Staff's "Exit the kiosk" (the core's exitKiosk call, given as KioskOptions.exit). It quits the way a
 * shutdown does, through app.quit(): 'before-quit' lifts the close guard (lockdown.ts setupCloseGuard),
 * so the window that refuses Alt+F4 lets this close, and 'will-quit' closes the core, which writes out
 * the visit log. Never app.exit(): it skips both. The quit waits a turn, so the answer to exitKiosk is
 * sent to the page before the window goes. Once asked, further asks do nothing.
 */
export function createKioskExit(
  app: Pick<App, 'quit'>,
  later: (run: () => void) => void = (run) => void setImmediate(run),
): () => void {
  let asked = false;
  return () => {
    if (asked) return;
    asked = true;
    later(() => app.quit());
  };
}
