import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_START_MS, idleSteps } from '../../../renderer/flow/when-idle.ts';

/**
 * The lobby's warming work (App.tsx: the checklist chunk, each language's number data) runs a step per idle
 * period, after the start (issue 18). In Node there is no idle callback: each idle period is a timer task here.
 */
describe('idleSteps', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the start to be over, then runs one step per task, in order', async () => {
    const ran: number[] = [];
    idleSteps([1, 2, 3].map((n) => () => ran.push(n)));
    await vi.advanceTimersByTimeAsync(AFTER_START_MS - 1);
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual([1]);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual([1, 2]);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual([1, 2, 3]);
    expect(vi.getTimerCount()).toBe(1);
    await vi.runAllTimersAsync();
    expect(ran).toEqual([1, 2, 3]);
  });

  it('once cancelled, runs no step it has not run yet', async () => {
    const ran: number[] = [];
    const cancel = idleSteps(
      [1, 2, 3].map((n) => () => ran.push(n)),
      10,
    );
    await vi.advanceTimersByTimeAsync(10);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual([1]);
    cancel();
    await vi.runAllTimersAsync();
    expect(ran).toEqual([1]);
    // Cancelled before the start is over: nothing at all.
    const none: number[] = [];
    idleSteps([() => none.push(1)], 10)();
    await vi.runAllTimersAsync();
    expect(none).toEqual([]);
  });
});
