/**
 * The PIN pad's lockout, as pure arithmetic on its stored state (the clock is the caller's).
 *
 * Five wrong tries in a row lock the pad for five minutes; each further lock lasts twice as long as the
 * one before (5, 10, 20 ... minutes), up to a day. A right PIN forgets all of it. Why a cap of 24 hours:
 * with it, someone guessing gets at most five tries a day once the locks have grown, so a 4-digit PIN
 * holds for years on average; without it, a child playing with the pad for an afternoon could lock
 * the centre's manager out for weeks. A day is as long as a centre can do without staff mode, and the
 * recovery code (which counts against the same lock) is the way back after it.
 */
export const TRIES_BEFORE_LOCK = 5;
export const FIRST_LOCK_MS = 5 * 60_000;
export const MAX_LOCK_MS = 24 * 60 * 60_000;

export interface LockState {
  /** Wrong tries since the last lock ended or the last right PIN. */
  failures: number;
  /** Locks since the last right PIN. */
  lockouts: number;
  /** When the pad opens again (ms since the epoch), or null. */
  lockedUntil: number | null;
}

export const OPEN: LockState = { failures: 0, lockouts: 0, lockedUntil: null };

/** How long the n-th lock in a row lasts (n from 1). */
export function lockDuration(lockouts: number): number {
  // 2^(n-1) grows past the cap long before it could overflow; the cap is reached at the 10th lock.
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(Math.max(lockouts - 1, 0), 20));
}

/** Milliseconds until the pad opens; 0 when it is open. */
export function lockedFor(state: LockState, now: number): number {
  return state.lockedUntil === null ? 0 : Math.max(0, state.lockedUntil - now);
}

/** The state after one more wrong try (made while the pad was open). */
export function afterWrongTry(state: LockState, now: number): LockState {
  const failures = state.failures + 1;
  if (failures < TRIES_BEFORE_LOCK) return { ...state, failures };
  const lockouts = state.lockouts + 1;
  return { failures: 0, lockouts, lockedUntil: now + lockDuration(lockouts) };
}

/** Wrong tries left before the pad locks. */
export function triesLeft(state: LockState): number {
  return TRIES_BEFORE_LOCK - state.failures;
}
