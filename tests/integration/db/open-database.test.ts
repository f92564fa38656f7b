import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, openDatabase } from '../../../electron/core/db/open-database.ts';
import { migrationsDir } from '../../../electron/core/create-core.ts';
import { REPO_ROOT, tempDir } from '../../support/temp-dir.ts';

describe("the kiosk's database connection", () => {
  it('fsync every commit (synchronous FULL), so an acknowledged write survives a power cut (audit M2)', () => {
    const db = openDatabase(join(tempDir(), 'kiosk.sqlite'), migrationsDir(REPO_ROOT));
    // 2 is FULL; WAL's build default in better-sqlite3 is NORMAL (1), which may lose the last commits.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it("wait only briefly for another program's lock, so a lock never freezes the event loop for seconds", () => {
    const db = openDatabase(join(tempDir(), 'kiosk.sqlite'), migrationsDir(REPO_ROOT));
    expect(db.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
    expect(BUSY_TIMEOUT_MS).toBeLessThanOrEqual(250);
    db.close();
  });
});
