import { describe, expect, it, vi } from 'vitest';
import { StartupError } from '../../../electron/core/startup-error.ts';
import {
  failureLogLine,
  LONGEST_RETRY_MS,
  openWithRetry,
  retryDelay,
  UNEXPECTED_STARTUP_MESSAGE,
  type Unavailable,
} from '../../../electron/core/startup-retry.ts';
import { unavailablePage } from '../../../electron/core/unavailable-page.ts';

/** A clock the test advances by hand: each scheduled retry waits in `pending` until run. */
function fakeScheduler() {
  const pending: Array<{ run: () => void; ms: number }> = [];
  return {
    pending,
    schedule: (run: () => void, ms: number) => void pending.push({ run, ms }),
    runNext() {
      const next = pending.shift();
      if (!next) throw new Error('nothing scheduled');
      next.run();
      return next.ms;
    },
  };
}

describe('starting the core with retries', () => {
  it('waits 5 s, then doubles, and never more than 5 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(retryDelay)).toEqual([
      5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000,
    ]);
    expect(LONGEST_RETRY_MS).toBe(300_000);
  });

  it('keeps trying while the core cannot start, then hands over the kiosk once it does', () => {
    const clock = fakeScheduler();
    const seen: Unavailable[] = [];
    const onReady = vi.fn();
    let tries = 0;
    openWithRetry({
      open: () => {
        tries += 1;
        if (tries < 4)
          throw new StartupError('The disk holding /data is full: free some space, then restart the kiosk.');
        return 'the kiosk';
      },
      onReady,
      onUnavailable: (state) => void seen.push(state),
      schedule: clock.schedule,
    });
    expect(tries).toBe(1);
    expect(onReady).not.toHaveBeenCalled();
    expect([clock.runNext(), clock.runNext(), clock.runNext()]).toEqual([5_000, 10_000, 20_000]);
    expect(onReady).toHaveBeenCalledExactlyOnceWith('the kiosk');
    expect(clock.pending).toEqual([]);
    expect(seen.map((s) => [s.failures, s.retryInMs, s.message])).toEqual([
      [1, 5_000, 'The disk holding /data is full: free some space, then restart the kiosk.'],
      [2, 10_000, 'The disk holding /data is full: free some space, then restart the kiosk.'],
      [3, 20_000, 'The disk holding /data is full: free some space, then restart the kiosk.'],
    ]);
  });

  it('shows a bug as a generic sentence (the stack goes to the log through `error`) and still retries', () => {
    const clock = fakeScheduler();
    const seen: Unavailable[] = [];
    const bug = new TypeError('x is undefined');
    openWithRetry({
      open: () => {
        throw bug;
      },
      onReady: vi.fn(),
      onUnavailable: (s) => void seen.push(s),
      schedule: clock.schedule,
    });
    expect(seen[0]).toMatchObject({ message: UNEXPECTED_STARTUP_MESSAGE, error: bug });
    expect(clock.pending).toHaveLength(1);
  });

  it('stops trying once stopped (the shell is quitting)', () => {
    const clock = fakeScheduler();
    const open = vi.fn(() => {
      throw new StartupError('no');
    });
    const retry = openWithRetry({ open, onReady: vi.fn(), onUnavailable: vi.fn(), schedule: clock.schedule });
    retry.stop();
    clock.runNext();
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('the page shown while the core cannot start', () => {
  it('is plain HTML with no script or style, the sentence escaped, and when the next try is', () => {
    const html = unavailablePage({
      message: 'The folder <b>"x"</b> & co is full.',
      retryInMs: 120_000,
      reloadAfterSeconds: 30,
    });
    expect(html).toContain('The folder &#60;b&#62;&#34;x&#34;&#60;/b&#62; &#38; co is full.');
    expect(html).toContain('Next try in about 2 minutes.');
    expect(html).toContain('<meta http-equiv="refresh" content="30">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`);
    expect(html).not.toMatch(/<script|<style|style=/);
    expect(unavailablePage({ message: 'm', retryInMs: 5_000 })).not.toContain('refresh');
  });
});

describe('the log line for a failed try', () => {
  it("gives a StartupError's sentence and its underlying code, without a stack", () => {
    const cause = Object.assign(new Error("ENOTDIR: not a directory, mkdir '/x/data'"), { code: 'ENOTDIR' });
    const error = new StartupError('The data folder /x/data cannot be made.', { cause });
    const line = failureLogLine({ message: error.message, retryInMs: 10_000, failures: 2, error });
    expect(line).toBe(
      "SafeCall Kiosk could not start (try 2); trying again in 10 s.\nThe data folder /x/data cannot be made. (ENOTDIR: not a directory, mkdir '/x/data')",
    );
  });

  it('gives a bug its whole stack', () => {
    const bug = new TypeError('x is undefined');
    expect(
      failureLogLine({ message: UNEXPECTED_STARTUP_MESSAGE, retryInMs: 5_000, failures: 1, error: bug }),
    ).toContain(bug.stack ?? 'missing stack');
  });
});
