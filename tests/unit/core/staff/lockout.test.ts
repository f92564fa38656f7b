import { describe, expect, it } from 'vitest';
import {
  afterWrongTry,
  FIRST_LOCK_MS,
  lockDuration,
  lockedFor,
  MAX_LOCK_MS,
  OPEN,
  triesLeft,
  type LockState,
} from '../../../../electron/core/staff/lockout.ts';

const MINUTE = 60_000;

describe('the PIN pad lockout', () => {
  it('locks for five minutes at the fifth wrong try in a row, counting the tries left before', () => {
    let state: LockState = OPEN;
    const left: number[] = [];
    for (let i = 0; i < 4; i++) {
      state = afterWrongTry(state, 0);
      left.push(triesLeft(state));
      expect(lockedFor(state, 0)).toBe(0);
    }
    expect(left).toEqual([4, 3, 2, 1]);
    state = afterWrongTry(state, 1_000);
    expect(lockedFor(state, 1_000)).toBe(5 * MINUTE);
    expect(lockedFor(state, 1_000 + 5 * MINUTE)).toBe(0);
    expect(triesLeft(state)).toBe(5);
  });

  it('doubles each further lock (5, 10, 20 ... minutes) up to a day, and no further', () => {
    const minutes = Array.from({ length: 12 }, (_, i) => lockDuration(i + 1) / MINUTE);
    expect(minutes).toEqual([5, 10, 20, 40, 80, 160, 320, 640, 1280, 1440, 1440, 1440]);
    expect(FIRST_LOCK_MS).toBe(5 * MINUTE);
    expect(MAX_LOCK_MS).toBe(24 * 60 * MINUTE);
    expect(lockDuration(1_000)).toBe(MAX_LOCK_MS);
  });
});
