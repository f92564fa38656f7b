import { describe, expect, it, vi } from 'vitest';
import { runOnce, type OnceMemo } from '../../../renderer/api/run-once.ts';

/**
 * What React's StrictMode does to an effect in development: run it, clean it up, run it again, with
 * the same refs. useCall and useLogOnce keep their memo in a ref and call runOnce from the effect.
 */
function strictModeMount(effect: () => (() => void) | void): void {
  const cleanup = effect();
  if (cleanup) cleanup();
  effect();
}

describe('runOnce (writes from effects under StrictMode)', () => {
  it('saves once when the effect runs twice, and both runs get the one answer', async () => {
    const saveChecklist = vi.fn(() => Promise.resolve({ code: '48271935' }));
    const memo: OnceMemo<Promise<{ code: string }>> = { current: null };
    const drawn: string[] = [];
    strictModeMount(() => {
      let live = true;
      void runOnce(memo, 'saveChecklist:visit-1#0', saveChecklist).then((r) => live && drawn.push(r.code));
      return () => {
        live = false;
      };
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(saveChecklist).toHaveBeenCalledTimes(1);
    // The first run was cleaned up, so only the second one draws the answer.
    expect(drawn).toEqual(['48271935']);
  });

  it('logs an event once per key, and again for a new key', () => {
    const log = vi.fn();
    const memo: OnceMemo<void> = { current: null };
    strictModeMount(() => runOnce(memo, 'browse_viewed:en', log));
    expect(log).toHaveBeenCalledTimes(1);
    strictModeMount(() => runOnce(memo, 'browse_viewed:vi', log));
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('runs a retry (a new attempt is a new key)', () => {
    const run = vi.fn(() => Promise.reject(new Error('busy')).catch(() => 'failed'));
    const memo: OnceMemo<Promise<string>> = { current: null };
    // run() catches its own rejection: the answers are not what this test is about.
    void runOnce(memo, 'makePlan:en#0', run);
    void runOnce(memo, 'makePlan:en#0', run);
    void runOnce(memo, 'makePlan:en#1', run);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
