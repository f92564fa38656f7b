import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { restartApp } from '../../../electron/shell/crash-recovery.ts';
import { setupProcessGuard } from '../../../electron/shell/process-guard.ts';
import { fakeApp } from './fakes.ts';

/** A stand-in for Node's process: the events the guard listens to, and exit. */
function fakeProcess() {
  return Object.assign(new EventEmitter(), { exit: vi.fn() });
}

describe('main-process guard', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function guarded(supervised = false) {
    const proc = fakeProcess();
    const app = fakeApp();
    const fatal = setupProcessGuard(proc as unknown as NodeJS.Process, () =>
      restartApp(app as unknown as App, supervised),
    );
    return { proc, app, fatal };
  }

  it('listens for both last-chance events, so Electron never shows its stack-trace dialog', () => {
    const { proc } = guarded();
    // Electron shows its dialog only when nobody listens for uncaughtException.
    expect(proc.listenerCount('uncaughtException')).toBe(1);
    expect(proc.listenerCount('unhandledRejection')).toBe(1);
  });

  it('logs an uncaught exception, then relaunches the app when nothing watches over it', () => {
    const { proc, app } = guarded(false);
    const error = new Error('boom');
    proc.emit('uncaughtException', error, 'uncaughtException');
    expect(console.error).toHaveBeenCalledWith('SafeCall main process: uncaughtException; restarting the app', error);
    expect(app.relaunch).toHaveBeenCalledOnce();
    expect(app.exit).toHaveBeenCalledExactlyOnceWith(0);
  });

  it('only exits under a watchdog, which starts the app again', () => {
    const { proc, app } = guarded(true);
    proc.emit('unhandledRejection', new Error('nobody awaited me'), Promise.resolve());
    expect(app.relaunch).not.toHaveBeenCalled();
    expect(app.exit).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('restarts once however many errors follow while the app is on its way out', () => {
    const { proc, app, fatal } = guarded();
    proc.emit('uncaughtException', new Error('first'), 'uncaughtException');
    proc.emit('unhandledRejection', new Error('second'), Promise.resolve());
    fatal('start', new Error('third'));
    expect(app.exit).toHaveBeenCalledOnce();
    expect(console.error).toHaveBeenCalledTimes(3);
  });

  it('takes a throw inside start() the same way', () => {
    const { app, fatal } = guarded();
    fatal('start', new TypeError('window is undefined'));
    expect(console.error).toHaveBeenCalledWith(
      'SafeCall main process: start; restarting the app',
      expect.any(TypeError),
    );
    expect(app.exit).toHaveBeenCalledWith(0);
  });

  it('exits when even the restart fails, rather than leave a frozen screen', () => {
    const proc = fakeProcess();
    setupProcessGuard(proc as unknown as NodeJS.Process, () => {
      throw new Error('relaunch failed');
    });
    proc.emit('uncaughtException', new Error('boom'), 'uncaughtException');
    expect(proc.exit).toHaveBeenCalledWith(1);
  });
});
