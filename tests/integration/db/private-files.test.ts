import { chmodSync, mkdirSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { migrationsDir } from '../../../electron/core/create-core.ts';
import { REPO_ROOT, tempDir, testKiosk } from '../../support/temp-dir.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('the data folder and database files', () => {
  it("are private to the kiosk's user from the first start: folder 0700, database, -wal and -shm 0600", () => {
    const dataDir = join(tempDir(), 'SafeCall Kiosk');
    const kiosk = testKiosk({ dataDir });
    expect(mode(dataDir)).toBe(0o700);
    for (const file of ['safecall.sqlite', 'safecall.sqlite-wal', 'safecall.sqlite-shm'])
      expect(mode(join(dataDir, file))).toBe(0o600);
    kiosk.close();
  });

  it('are made private when an older version left them readable by everyone', () => {
    const dataDir = join(tempDir(), 'data');
    testKiosk({ dataDir }).close();
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'safecall.sqlite'), 0o644);
    const kiosk = testKiosk({ dataDir });
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'safecall.sqlite'))).toBe(0o600);
    expect(mode(join(dataDir, 'safecall.sqlite-wal'))).toBe(0o600);
    kiosk.close();
  });

  it('keep a damaged file moved aside just as private', () => {
    const dataDir = join(tempDir(), 'data');
    testKiosk({ dataDir, now: () => new Date(2026, 11, 5) }).close();
    chmodSync(join(dataDir, 'safecall.sqlite'), 0o644);
    truncateSync(join(dataDir, 'safecall.sqlite'), 0);
    testKiosk({ dataDir, now: () => new Date(2026, 11, 5) }).close();
    expect(mode(join(dataDir, 'safecall.sqlite.damaged-2026-12-05'))).toBe(0o600);
  });

  it('overwrite deleted rows (secure_delete) and let the WAL shrink back after the content import', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'data'));
    const db = openDatabase(join(dir, 'data', 'kiosk.sqlite'), migrationsDir(REPO_ROOT));
    expect(db.pragma('secure_delete', { simple: true })).toBe(2); // FAST
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(2 * 1024 * 1024);
    db.close();
  });
});
