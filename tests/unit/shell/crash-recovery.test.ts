import type { App, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecoveryBudget, restartApp, setupCrashRecovery } from '../../../electron/shell/crash-recovery.ts';
import { fakeApp, fakeEvent, fakeWebContents } from './fakes.ts';

const policy = { maxReloads: 3, windowMs: 60_000, baseDelayMs: 1_000 };

describe('recovery budget', () => {
  it('ignores a clean exit', () => {
    expect(createRecoveryBudget(policy, () => 0).decide('clean-exit')).toEqual({ action: 'ignore' });
  });

  it('reloads three times in a minute with growing waits, then restarts the app', () => {
    let now = 0;
    const budget = createRecoveryBudget(policy, () => now);
    expect(budget.decide('crashed')).toEqual({ action: 'reload', delayMs: 1_000 });
    now += 5_000;
    expect(budget.decide('oom')).toEqual({ action: 'reload', delayMs: 2_000 });
    now += 5_000;
    expect(budget.decide('killed')).toEqual({ action: 'reload', delayMs: 4_000 });
    now += 5_000;
    expect(budget.decide('crashed')).toEqual({ action: 'restart-app' });
  });

  it('earns reloads back as old crashes age out of the window', () => {
    let now = 0;
    const budget = createRecoveryBudget(policy, () => now);
    for (let i = 0; i < 3; i += 1) budget.decide('crashed');
    now = 60_000;
    expect(budget.decide('crashed')).toEqual({ action: 'reload', delayMs: 1_000 });
    now = 24 * 60 * 60 * 1000;
    expect(budget.decide('abnormal-exit')).toEqual({ action: 'reload', delayMs: 1_000 });
  });

  it('does not spend budget on clean exits', () => {
    const budget = createRecoveryBudget(policy, () => 0);
    for (let i = 0; i < 10; i += 1) budget.decide('clean-exit');
    expect(budget.decide('crashed')).toEqual({ action: 'reload', delayMs: 1_000 });
  });
});

describe('restartApp', () => {
  it('relaunches itself when nothing watches over it', () => {
    const app = fakeApp();
    restartApp(app as unknown as App, false);
    expect(app.relaunch).toHaveBeenCalled();
    expect(app.exit).toHaveBeenCalledWith(0);
  });

  it('only exits when a watchdog will restart it, so two copies never race', () => {
    const app = fakeApp();
    restartApp(app as unknown as App, true);
    expect(app.relaunch).not.toHaveBeenCalled();
    expect(app.exit).toHaveBeenCalledWith(1);
  });
});

describe('crash recovery wiring (fake clock)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  function wired() {
    const contents = fakeWebContents();
    const app = fakeApp();
    const recovery = setupCrashRecovery(contents as unknown as WebContents, app as unknown as App, {
      supervised: false,
      policy,
      now: () => Date.now(),
    });
    const crash = (reason = 'crashed') => contents.emit('render-process-gone', fakeEvent(), { reason, exitCode: 139 });
    const failLoad = (errorCode = -6, isMainFrame = true) =>
      contents.emit(
        'did-fail-load',
        fakeEvent(),
        errorCode,
        'ERR_FILE_NOT_FOUND',
        'app://kiosk/index.html',
        isMainFrame,
        1,
        1,
      );
    return { contents, app, recovery, crash, failLoad };
  }

  it('reloads the start page after the backoff delay, not before', () => {
    const { contents, crash } = wired();
    crash();
    vi.advanceTimersByTime(999);
    expect(contents.loadURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(contents.loadURL).toHaveBeenCalledExactlyOnceWith('app://kiosk/index.html');
  });

  it('leaves a clean exit alone', () => {
    const { contents, app, crash } = wired();
    crash('clean-exit');
    vi.advanceTimersByTime(60_000);
    expect(contents.loadURL).not.toHaveBeenCalled();
    expect(app.exit).not.toHaveBeenCalled();
  });

  it('restarts the app on the fourth crash within a minute', () => {
    const { contents, app, crash } = wired();
    for (let i = 0; i < 3; i += 1) {
      crash();
      vi.advanceTimersByTime(10_000);
    }
    expect(contents.loadURL).toHaveBeenCalledTimes(3);
    expect(app.exit).not.toHaveBeenCalled();
    crash();
    expect(app.relaunch).toHaveBeenCalledOnce();
    expect(app.exit).toHaveBeenCalledWith(0);
  });

  it('kills a page that stays unresponsive past the grace period, and spares one that recovers', () => {
    const { contents } = wired();
    contents.emit('unresponsive');
    vi.advanceTimersByTime(5_000);
    contents.emit('responsive');
    vi.advanceTimersByTime(60_000);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();

    contents.emit('unresponsive');
    contents.emit('unresponsive');
    vi.advanceTimersByTime(10_000);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
  });

  it('retries a kiosk page that failed to load, waiting longer each time, then restarts the app', () => {
    const { contents, app, failLoad } = wired();
    failLoad();
    vi.advanceTimersByTime(999);
    expect(contents.loadURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(contents.loadURL).toHaveBeenLastCalledWith('app://kiosk/index.html');
    failLoad();
    vi.advanceTimersByTime(1_999);
    expect(contents.loadURL).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(contents.loadURL).toHaveBeenCalledTimes(2);
    failLoad();
    vi.advanceTimersByTime(4_000);
    expect(contents.loadURL).toHaveBeenCalledTimes(3);
    expect(app.exit).not.toHaveBeenCalled();
    failLoad();
    expect(app.relaunch).toHaveBeenCalledOnce();
    expect(app.exit).toHaveBeenCalledWith(0);
  });

  it('never puts the failed address in the log, only the error', () => {
    const logged = vi.mocked(console.error);
    wired().failLoad();
    expect(logged).toHaveBeenCalledWith('Kiosk page failed to load (-6 ERR_FILE_NOT_FOUND): reload');
    expect(JSON.stringify(logged.mock.calls)).not.toContain('app://');
  });

  it('leaves failed subframe loads and loads cut short by the next one (ERR_ABORTED) alone', () => {
    const { contents, app, failLoad } = wired();
    failLoad(-6, false);
    failLoad(-3, true);
    vi.advanceTimersByTime(60_000);
    expect(contents.loadURL).not.toHaveBeenCalled();
    expect(app.exit).not.toHaveBeenCalled();
  });

  it('spends one budget on crashes, silent pages and failed loads together', () => {
    const { contents, app, recovery, crash, failLoad } = wired();
    crash();
    recovery.recover('no-heartbeat', 'Kiosk page stopped drawing');
    failLoad();
    vi.advanceTimersByTime(10_000);
    expect(contents.loadURL).toHaveBeenCalledTimes(3);
    recovery.recover('no-heartbeat', 'Kiosk page stopped drawing');
    expect(app.exit).toHaveBeenCalledWith(0);
  });

  it('does not touch a window that was destroyed while waiting', () => {
    const { contents, crash } = wired();
    crash();
    contents.isDestroyed.mockReturnValue(true);
    vi.advanceTimersByTime(10_000);
    expect(contents.loadURL).not.toHaveBeenCalled();
  });
});
