import { describe, expect, it, vi } from 'vitest';
import { createCrashBudget } from '../../../renderer/fault/crash-budget.ts';
import { createFaultReporter, MAX_REPORTS_PER_MINUTE } from '../../../renderer/fault/fault-reporter.ts';
import { installFaultWatchdog } from '../../../renderer/fault/fault-watchdog.ts';
import { createRootRecovery, RELOAD_DELAY_MS, REMOUNT_DELAY_MS } from '../../../renderer/fault/root-recovery.ts';
import type { FaultReport } from '../../../shared/faults.ts';

describe('the crash budget', () => {
  it('starts a fresh journey for up to three faults in five minutes, and reloads the page on the fourth', () => {
    let now = 0;
    const budget = createCrashBudget(undefined, () => now);
    for (let i = 0; i < 3; i += 1) {
      expect(budget.record()).toBe('remount');
      now += 60_000;
    }
    expect(budget.record()).toBe('reload');
  });

  it('earns fresh journeys back as old faults age out of the five minutes', () => {
    let now = 0;
    const budget = createCrashBudget(undefined, () => now);
    for (let i = 0; i < 3; i += 1) budget.record();
    now = 5 * 60_000;
    expect(budget.record()).toBe('remount');
    now = 24 * 60 * 60_000;
    expect(budget.record()).toBe('remount');
  });
});

describe('fault reports to the core', () => {
  function reporter() {
    let now = 0;
    const sent: FaultReport[] = [];
    const report = createFaultReporter(
      async (r) => sent.push(r),
      () => now,
    );
    return { report, sent, later: (ms: number) => (now += ms) };
  }

  it('carry the kind and a plain screen name, and nothing else', () => {
    const { report, sent } = reporter();
    report('render', 'plan');
    report('rejection', undefined);
    expect(sent).toEqual([{ kind: 'render', where: 'plan' }, { kind: 'rejection' }]);
  });

  it('leave out a place the core would refuse, rather than lose the report', () => {
    const { report, sent } = reporter();
    report('uncaught', 'step 3 of 12345678');
    report('uncaught', 'a'.repeat(41));
    expect(sent).toEqual([{ kind: 'uncaught' }, { kind: 'uncaught' }]);
  });

  it('stop at ten a minute, so a page throwing in a timer does not flood the core', () => {
    const { report, sent, later } = reporter();
    for (let i = 0; i < 100; i += 1) report('uncaught');
    expect(sent).toHaveLength(MAX_REPORTS_PER_MINUTE);
    later(60_000);
    report('uncaught');
    expect(sent).toHaveLength(MAX_REPORTS_PER_MINUTE + 1);
  });

  it('are dropped quietly when they cannot be sent, so a failed report is never a second fault', async () => {
    const rejected = createFaultReporter(() => Promise.reject(new Error('core gone')));
    const thrown = createFaultReporter(() => {
      throw new Error('no bridge');
    });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      expect(() => rejected('render')).not.toThrow();
      expect(() => thrown('render')).not.toThrow();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('the window watchdog', () => {
  it('reports errors and unhandled rejections that reach the window, and leaves them to the browser otherwise', () => {
    const target = new EventTarget();
    const report = vi.fn();
    const uninstall = installFaultWatchdog(target as unknown as Window, report);
    const error = new Event('error', { cancelable: true });
    target.dispatchEvent(error);
    target.dispatchEvent(new Event('unhandledrejection', { cancelable: true }));
    expect(report.mock.calls).toEqual([['uncaught'], ['rejection']]);
    // Reporting is all it does: the page stays as it was, nothing is cancelled or replaced.
    expect(error.defaultPrevented).toBe(false);
    uninstall();
    target.dispatchEvent(new Event('error'));
    expect(report).toHaveBeenCalledTimes(2);
  });
});

describe('recovery from an error no boundary caught', () => {
  function recovery() {
    let now = 0;
    const timers: { run: () => void; ms: number }[] = [];
    const deps = {
      budget: createCrashBudget(undefined, () => now),
      remount: vi.fn(),
      showPlain: vi.fn(),
      reload: vi.fn(),
      setTimer: (run: () => void, ms: number) => void timers.push({ run, ms }),
    };
    const recover = createRootRecovery(deps);
    const runTimers = () => timers.splice(0).forEach((t) => t.run());
    return { deps, recover, timers, runTimers, later: (ms: number) => (now += ms) };
  }

  it('draws the page again after a short pause', () => {
    const { deps, recover, timers, runTimers } = recovery();
    recover();
    expect(timers.map((t) => t.ms)).toEqual([REMOUNT_DELAY_MS]);
    expect(deps.remount).not.toHaveBeenCalled();
    runTimers();
    expect(deps.remount).toHaveBeenCalledOnce();
  });

  it('draws it once for errors that come together', () => {
    const { deps, recover, runTimers } = recovery();
    recover();
    recover();
    runTimers();
    expect(deps.remount).toHaveBeenCalledOnce();
  });

  it('past the budget, shows the plain restart surface, whose touch reloads, and reloads by itself soon after', () => {
    const { deps, recover, timers, runTimers, later } = recovery();
    for (let i = 0; i < 3; i += 1) {
      recover();
      runTimers();
      later(10_000);
    }
    recover();
    expect(timers.map((t) => t.ms)).toEqual([0, RELOAD_DELAY_MS]);
    runTimers();
    expect(deps.remount).toHaveBeenCalledTimes(3);
    expect(deps.showPlain).toHaveBeenCalledExactlyOnceWith(deps.reload);
    expect(deps.reload).toHaveBeenCalledOnce();
    recover();
    expect(timers).toEqual([]);
  });
});
