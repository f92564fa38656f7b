import { createStaffService } from '../../../../electron/core/staff/staff.service.ts';
import { createStaffSessions, type SessionTimers } from '../../../../electron/core/staff/staff-sessions.ts';
import type { StaffRepository, StaffSecrets } from '../../../../electron/core/staff/staff.repository.ts';
import { OPEN, type LockState } from '../../../../electron/core/staff/lockout.ts';

/** scrypt at 2^10: the same code path as the kiosk's 2^17, in a millisecond rather than a few hundred. */
export const TEST_COST = { logN: 10, r: 8, p: 1 };

/** The staff_access row, kept in memory: what the service reads and writes, and nothing else. */
export function memoryStaffRepository(): StaffRepository & { row(): { secrets?: StaffSecrets; lock: LockState } } {
  let secrets: StaffSecrets | undefined;
  let lock: LockState = OPEN;
  let setup: { armedFrom: string; codeHash: string | null } | undefined;
  return {
    setPinHash: (pinHash) => {
      if (secrets) secrets = { ...secrets, pinHash };
    },
    setupCode: () => setup,
    setSetupCode: (armedFrom, codeHash) => {
      setup = { armedFrom, codeHash };
    },
    secrets: () => secrets,
    setSecrets: (next) => {
      secrets = next;
      lock = OPEN;
    },
    lock: () => lock,
    setLock: (next) => {
      lock = next;
    },
    row: () => ({ ...(secrets && { secrets }), lock }),
  };
}

/**
 * A fake clock the test moves by hand, with timers on it: moving it on runs each timer that falls due,
 * in order, at its own time (a timer set by a timer runs too, if it falls due before the clock stops).
 */
export function fakeClock(start = Date.UTC(2026, 11, 6, 9, 0)) {
  let now = start;
  let nextId = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: SessionTimers = {
    set: (run, ms) => {
      nextId += 1;
      pending.set(nextId, { at: now + ms, run });
      return nextId;
    },
    clear: (handle) => void pending.delete(handle as number),
  };
  return {
    now: () => now,
    timers,
    /** Timers still waiting. */
    pending: () => pending.size,
    advance: (ms: number) => {
      const until = now + ms;
      for (;;) {
        const due = [...pending].filter(([, t]) => t.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].run();
      }
      now = until;
    },
  };
}

/** The staff service on an in-memory row, a fake clock and real sessions. */
export function staffOnFakes(options: { provisioned?: boolean } = {}) {
  const clock = fakeClock();
  const repo = memoryStaffRepository();
  const sessions = createStaffSessions({ now: clock.now, timers: clock.timers });
  const staff = createStaffService({
    repo,
    sessions,
    now: clock.now,
    provisioned: () => options.provisioned ?? false,
    cost: TEST_COST,
  });
  return { clock, repo, sessions, staff };
}
