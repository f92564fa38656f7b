import { EventEmitter } from 'node:events';
import type { App, BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createKioskExit } from '../../../electron/shell/exit.ts';
import { setupCloseGuard } from '../../../electron/shell/lockdown.ts';
import { fakeApp, fakeEvent } from './fakes.ts';

/**
 * Staff's "Exit the kiosk" in the Electron shell: the core calls the exit it was given
 * (tests/integration/staff/staff-pin-calls.test.ts); here, what that exit does with Electron's app.
 */
describe('exiting the kiosk for maintenance', () => {
  /** An app whose quit() does what Electron's does first: emits before-quit, then closes the window. */
  function kioskApp() {
    const window = new EventEmitter();
    const app = Object.assign(fakeApp(), {
      quit: vi.fn(() => {
        app.emit('before-quit', fakeEvent());
        window.emit('close', closing);
      }),
    });
    const closing = fakeEvent();
    setupCloseGuard(app as unknown as App, window as unknown as BrowserWindow);
    return { app, closing };
  }

  it('quits through app.quit once the answer is on its way, and the locked window lets it close', () => {
    const { app, closing } = kioskApp();
    const turns: Array<() => void> = [];
    const exit = createKioskExit(app, (run) => turns.push(run));
    exit();
    // Not yet: the exitKiosk answer goes to the page first.
    expect(app.quit).not.toHaveBeenCalled();
    turns.forEach((run) => run());
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(closing.defaultPrevented).toBe(false);
  });

  it('quits once however many times staff press it', () => {
    const { app } = kioskApp();
    const turns: Array<() => void> = [];
    const exit = createKioskExit(app, (run) => turns.push(run));
    exit();
    exit();
    turns.forEach((run) => run());
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('by default waits one turn of the event loop', async () => {
    const { app } = kioskApp();
    createKioskExit(app)();
    expect(app.quit).not.toHaveBeenCalled();
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.quit).toHaveBeenCalledTimes(1);
  });
});
