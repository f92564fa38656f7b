import { describe, expect, it } from 'vitest';
import { CODE_ATTEMPT_LIMITS, createCodeAttempts } from '../../../electron/core/checklists/code-attempts.ts';
import { KioskError } from '../../../shared/errors.ts';

/** A limiter on a clock the test moves by hand. */
function limiter() {
  let now = 1_000_000;
  const warnings: string[] = [];
  const attempts = createCodeAttempts({ now: () => now, warn: (m) => warnings.push(m) });
  return {
    attempts,
    warnings,
    advance: (ms: number) => {
      now += ms;
    },
    /** check() then miss(), as the service does for an unknown code; the refusal if there was one. */
    tryUnknown: (): KioskError | undefined => {
      try {
        attempts.check();
      } catch (error) {
        if (error instanceof KioskError) return error;
        throw error;
      }
      attempts.miss();
      return undefined;
    },
  };
}

function refusal(run: () => void): KioskError {
  try {
    run();
  } catch (error) {
    if (error instanceof KioskError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('unknown checklist codes', () => {
  it('answer five in a minute, then refuse the next attempt without looking, saying how long to wait', () => {
    const l = limiter();
    for (let i = 0; i < 5; i++) {
      expect(l.tryUnknown(), `miss ${i + 1}`).toBeUndefined();
      l.advance(1_000);
    }
    const refused = refusal(() => l.attempts.check());
    expect(refused).toMatchObject({ code: 'too_many_attempts', retryAfterSeconds: 1 });
    expect(refused.toPayload()).toEqual({
      code: 'too_many_attempts',
      message: expect.stringContaining('Too many'),
      retryAfterSeconds: 1,
    });
    expect(l.attempts.throttled()).toBe(1);
    expect(l.warnings).toHaveLength(1);
    expect(l.warnings[0]).not.toMatch(/\d{8}/);
  });

  it('refuse during the wait whatever the code (a right one too), and never lengthen it for being refused', () => {
    const l = limiter();
    for (let i = 0; i < 5; i++) l.tryUnknown();
    // The service calls check() before every look-up; a right code would pass here only if check() did.
    for (let i = 0; i < 10; i++) {
      expect(refusal(() => l.attempts.check()).retryAfterSeconds).toBe(2);
    }
    expect(l.attempts.throttled()).toBe(10);
    l.advance(CODE_ATTEMPT_LIMITS.firstWaitMs);
    expect(() => l.attempts.check()).not.toThrow();
  });

  it('make each wait twice the last while the guessing goes on, up to a few minutes', () => {
    const l = limiter();
    for (let i = 0; i < 5; i++) l.tryUnknown();
    const waits: number[] = [];
    for (let round = 0; round < 10; round++) {
      const seconds = refusal(() => l.attempts.check()).retryAfterSeconds ?? 0;
      waits.push(seconds);
      l.advance(seconds * 1000);
      expect(l.tryUnknown(), `round ${round}: the wait is over`).toBeUndefined();
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
    expect(CODE_ATTEMPT_LIMITS.maxWaitMs).toBeLessThan(CODE_ATTEMPT_LIMITS.quietMs);
  });

  it('let a visitor who mistypes now and then carry on: five misses spread over more than a minute bring no wait', () => {
    const l = limiter();
    for (let i = 0; i < 20; i++) {
      expect(l.tryUnknown(), `miss ${i + 1}`).toBeUndefined();
      l.advance(15_000);
    }
    expect(l.attempts.throttled()).toBe(0);
  });

  it('start again from five free tries and the shortest wait after a quiet spell', () => {
    const l = limiter();
    for (let i = 0; i < 5; i++) l.tryUnknown();
    for (let round = 0; round < 4; round++) {
      l.advance((refusal(() => l.attempts.check()).retryAfterSeconds ?? 0) * 1000);
      l.tryUnknown();
    }
    // Still within the quiet spell: the next miss brings a longer wait, not five fresh tries.
    l.advance(CODE_ATTEMPT_LIMITS.quietMs - 1);
    l.tryUnknown();
    expect(refusal(() => l.attempts.check()).retryAfterSeconds).toBe(64);

    l.advance(64_000 + CODE_ATTEMPT_LIMITS.quietMs);
    for (let i = 0; i < 4; i++) expect(l.tryUnknown(), `miss ${i + 1} after the quiet`).toBeUndefined();
    l.tryUnknown();
    expect(refusal(() => l.attempts.check()).retryAfterSeconds).toBe(2);
  });
});
