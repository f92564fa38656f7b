import type { Db } from '../db/open-database.ts';
import type { LockState } from './lockout.ts';

export interface StaffSecrets {
  pinHash: string;
  recoveryHash: string;
}

export interface StaffRepository {
  secrets(): StaffSecrets | undefined;
  /** Sets the PIN and recovery code and opens the pad (a new PIN forgets earlier wrong tries). */
  setSecrets(secrets: StaffSecrets): void;
  lock(): LockState;
  setLock(state: LockState): void;
  // staff-pin: changing the PIN, and kiosk.json's one-time setup code (migration 0007).
  /** A new PIN hash; the recovery code and the lock stay as they are. */
  setPinHash(pinHash: string): void;
  /** The setup code armed from a kiosk.json: its hash (null when none, or spent) and that file's hash. */
  setupCode(): { armedFrom: string; codeHash: string | null } | undefined;
  setSetupCode(armedFrom: string, codeHash: string | null): void;
}

/** The one row of staff_access (migration 0006): hashes only, and the lockout that survives a restart. */
export function createStaffRepository(db: Db): StaffRepository {
  const select = db.prepare<
    [],
    { pin_hash: string; recovery_hash: string; failures: number; lockouts: number; locked_until: number | null }
  >('SELECT pin_hash, recovery_hash, failures, lockouts, locked_until FROM staff_access WHERE id = 1');
  const upsert = db.prepare(
    `INSERT INTO staff_access (id, pin_hash, recovery_hash) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET pin_hash = excluded.pin_hash, recovery_hash = excluded.recovery_hash,
       failures = 0, lockouts = 0, locked_until = NULL`,
  );
  const updateLock = db.prepare('UPDATE staff_access SET failures = ?, lockouts = ?, locked_until = ? WHERE id = 1');
  const updatePin = db.prepare('UPDATE staff_access SET pin_hash = ? WHERE id = 1');
  const selectSetup = db.prepare<[], { armed_from: string; code_hash: string | null }>(
    'SELECT armed_from, code_hash FROM staff_setup_code WHERE id = 1',
  );
  const upsertSetup = db.prepare(
    `INSERT INTO staff_setup_code (id, armed_from, code_hash) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET armed_from = excluded.armed_from, code_hash = excluded.code_hash`,
  );
  return {
    secrets: () => {
      const row = select.get();
      return row && { pinHash: row.pin_hash, recoveryHash: row.recovery_hash };
    },
    setSecrets: ({ pinHash, recoveryHash }) => {
      upsert.run(pinHash, recoveryHash);
    },
    lock: () => {
      const row = select.get();
      return row
        ? { failures: row.failures, lockouts: row.lockouts, lockedUntil: row.locked_until }
        : { failures: 0, lockouts: 0, lockedUntil: null };
    },
    setLock: ({ failures, lockouts, lockedUntil }) => {
      updateLock.run(failures, lockouts, lockedUntil);
    },
    setPinHash: (pinHash) => {
      updatePin.run(pinHash);
    },
    setupCode: () => {
      const row = selectSetup.get();
      return row && { armedFrom: row.armed_from, codeHash: row.code_hash };
    },
    setSetupCode: (armedFrom, codeHash) => {
      upsertSetup.run(armedFrom, codeHash);
    },
  };
}
