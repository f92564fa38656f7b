import { KioskError } from '../../../shared/errors.ts';

/**
 * How many unknown resume codes a kiosk answers before it slows down. A visitor who mistypes gets
 * five tries in a minute without noticing anything; a program guessing thousands of codes a second
 * (audit M3: about 5,000 a second, a live code every few seconds) gets one guess per wait, and the
 * wait doubles up to a few minutes: a few hundred guesses a day against 10^8 codes.
 */
export const CODE_ATTEMPT_LIMITS = {
  /** Unknown codes allowed within `windowMs`; the last of them starts the first wait. */
  freeMisses: 5,
  windowMs: 60_000,
  firstWaitMs: 2_000,
  maxWaitMs: 5 * 60_000,
  /**
   * Unknown codes are forgotten, and the wait starts again from the first, after this long without
   * one. Longer than the longest wait, so sitting out a wait never earns five fresh tries.
   */
  quietMs: 10 * 60_000,
} as const;

export interface CodeAttempts {
  /** Before a code is looked up: refuses (too_many_attempts) while a wait runs, without looking. */
  check(): void;
  /** After a code was not found. */
  miss(): void;
  /** Attempts refused since the kiosk started: for staff (getHealth). */
  throttled(): number;
}

/**
 * One limiter per kiosk, shared by every call that looks a code up (openChecklist, composeSheet,
 * printSheet) whichever shell it came through. During a wait even a right code is refused: were it
 * looked up, a guesser would learn from the answer's kind whether a guess was live, and the limit
 * would protect nothing. A code that is found never resets the count (anyone can save a plan and
 * learn one real code). Times come from `now` (milliseconds), so tests move the clock.
 */
export function createCodeAttempts(
  deps: { now: () => number; warn?: (message: string) => void },
  limits = CODE_ATTEMPT_LIMITS,
): CodeAttempts {
  let misses: number[] = [];
  let waits = 0;
  let waitUntil = 0;
  let lastMiss = Number.NEGATIVE_INFINITY;
  let refused = 0;

  const forgetIfQuiet = (now: number) => {
    if (now - lastMiss >= limits.quietMs) {
      misses = [];
      waits = 0;
    }
  };

  return {
    check: () => {
      const now = deps.now();
      forgetIfQuiet(now);
      if (now < waitUntil) {
        refused++;
        const seconds = Math.ceil((waitUntil - now) / 1000);
        throw new KioskError(
          'too_many_attempts',
          `Too many checklist codes were tried. Try again in ${seconds} s.`,
          undefined,
          { retryAfterSeconds: seconds },
        );
      }
    },
    miss: () => {
      const now = deps.now();
      forgetIfQuiet(now);
      lastMiss = now;
      misses = [...misses.filter((t) => now - t < limits.windowMs), now];
      // Once waits have begun, every miss until a quiet spell brings the next, longer one.
      if (misses.length < limits.freeMisses && waits === 0) return;
      const wait = Math.min(limits.firstWaitMs * 2 ** waits, limits.maxWaitMs);
      waitUntil = now + wait;
      if (waits === 0)
        deps.warn?.(
          `SafeCall: ${misses.length} unknown checklist codes within a minute; codes are now answered more slowly.`,
        );
      waits++;
    },
    throttled: () => refused,
  };
}
