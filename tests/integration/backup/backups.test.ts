import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { backupName, backupsFolder, listBackups, rotateBackups } from '../../../electron/core/backup/backup-files.ts';
import {
  CHECK_EVERY_MS,
  createBackupKeeper,
  FIRST_CHECK_MS,
  type Timers,
} from '../../../electron/core/backup/backup-keeper.ts';
import { backupDatabase, snapshotDatabase } from '../../../electron/core/backup/write-backup.ts';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { migrationsDir } from '../../../electron/core/create-core.ts';
import { REPO_ROOT, tempDir } from '../../support/temp-dir.ts';

const MIGRATIONS = migrationsDir(REPO_ROOT);

/** A migrated kiosk database with three logged visits in it. */
function databaseWithVisits(dataDir = tempDir('safecall-data-')) {
  const db = openDatabase(join(dataDir, 'safecall.sqlite'), MIGRATIONS);
  const insert = db.prepare(
    "INSERT INTO visit_event (visit_id, kind, hour) VALUES (?, 'visit_started', '2026-12-05T10')",
  );
  for (const id of ['a', 'b', 'c']) insert.run(`00000000-0000-4000-8000-00000000000${id}`);
  return { db, dataDir };
}

function visitsIn(file: string): number {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return copy.prepare('SELECT count(*) FROM visit_event').pluck().get() as number;
  } finally {
    copy.close();
  }
}

const mode = (path: string) => statSync(path).mode & 0o777;

describe('backups', () => {
  it('are a checked, self-contained, private copy named by day, counter and reason, never by time', async () => {
    const { db, dataDir } = databaseWithVisits();
    const written = snapshotDatabase(db, dataDir, 'before-content', '2026-12-05');
    expect(written.name).toBe('safecall-2026-12-05-1-before-content.sqlite');
    const online = await backupDatabase(db, dataDir, 'daily', '2026-12-05');
    expect(online.name).toBe('safecall-2026-12-05-2-daily.sqlite');
    db.close();

    for (const b of [written, online]) {
      expect(visitsIn(b.path)).toBe(3);
      const copy = new Database(b.path, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      // A rollback-journal file: one file, no -wal or -shm needed to read it.
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      copy.close();
      expect(mode(b.path)).toBe(0o600);
    }
    expect(mode(backupsFolder(dataDir))).toBe(0o700);
    // Nothing half-written or journal-shaped is left beside them.
    expect(readdirSync(backupsFolder(dataDir)).sort()).toEqual([online.name, written.name].sort());
  });

  it('keep the newest seven: the eighth removes the oldest', () => {
    const { db, dataDir } = databaseWithVisits();
    const days = ['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'];
    for (const day of days) snapshotDatabase(db, dataDir, 'daily', day);
    expect(listBackups(backupsFolder(dataDir))).toHaveLength(7);
    snapshotDatabase(db, dataDir, 'daily', '2026-12-05');
    db.close();
    const names = listBackups(backupsFolder(dataDir)).map((b) => b.name);
    expect(names).toHaveLength(7);
    expect(names[0]).toBe('safecall-2026-12-05-1-daily.sqlite');
    expect(names).not.toContain('safecall-2026-11-28-1-daily.sqlite');
    expect(names).toContain('safecall-2026-11-29-1-daily.sqlite');
  });

  it('order backups of one day by their counter, so rotation never keeps an older one instead', () => {
    const folder = tempDir();
    for (const name of [
      backupName('2026-12-05', 10, 'daily'),
      backupName('2026-12-05', 9, 'before-content'),
      backupName('2026-12-04', 1, 'daily'),
    ]) {
      writeFileSync(join(folder, name), '');
    }
    writeFileSync(join(folder, 'notes.txt'), 'not a backup');
    expect(rotateBackups(folder, 2)).toEqual([backupName('2026-12-04', 1, 'daily')]);
    expect(existsSync(join(folder, 'notes.txt'))).toBe(true);
  });

  it('are made daily: due when the newest backup is from an earlier local day', async () => {
    const { db, dataDir } = databaseWithVisits();
    let now = new Date(2026, 11, 5, 9, 0);
    const keeper = createBackupKeeper({ dataDir, now: () => now, warn: () => {} });
    expect(keeper.isDailyDue()).toBe(true);
    await keeper.runDailyIfDue(db);
    expect(keeper.status()).toEqual({ count: 1, newestDay: '2026-12-05', failing: false });
    now = new Date(2026, 11, 5, 23, 59);
    expect(keeper.isDailyDue()).toBe(false);
    await keeper.runDailyIfDue(db);
    expect(keeper.status().count).toBe(1);
    now = new Date(2026, 11, 6, 0, 1);
    expect(keeper.isDailyDue()).toBe(true);
    await keeper.runDailyIfDue(db);
    db.close();
    expect(listBackups(backupsFolder(dataDir)).map((b) => b.name)).toEqual([
      'safecall-2026-12-06-1-daily.sqlite',
      'safecall-2026-12-05-1-daily.sqlite',
    ]);
  });

  it('check on a timer that never keeps the process alive, first after a minute and then hourly', async () => {
    const { db, dataDir } = databaseWithVisits();
    const pending: Array<{ run: () => void; ms: number; unref: () => void }> = [];
    const timers: Timers = {
      setTimeout: (run, ms) => {
        const handle = { run, ms, unref: vi.fn() };
        pending.push(handle);
        return handle;
      },
      clearTimeout: vi.fn(),
    };
    const keeper = createBackupKeeper({ dataDir, now: () => new Date(2026, 11, 5, 9), warn: () => {}, timers });
    keeper.start(db);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ ms: FIRST_CHECK_MS });
    expect(pending[0]?.unref).toHaveBeenCalled();
    pending[0]?.run();
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    expect(keeper.status().count).toBe(1);
    expect(pending[1]).toMatchObject({ ms: CHECK_EVERY_MS });
    keeper.stop();
    expect(timers.clearTimeout).toHaveBeenCalledWith(pending[1]);
    db.close();
  });

  it('warn once when they cannot be written, keep the kiosk running, and say so in health until one succeeds', async () => {
    const { db, dataDir } = databaseWithVisits();
    // A file where the backups folder should be: every copy fails, as on a full or broken disk.
    writeFileSync(backupsFolder(dataDir), 'in the way');
    const warnings: string[] = [];
    let now = new Date(2026, 11, 5, 9);
    const keeper = createBackupKeeper({ dataDir, now: () => now, warn: (m) => warnings.push(m) });
    expect(() => keeper.snapshot(db, 'before-content')).not.toThrow();
    await keeper.runDailyIfDue(db);
    now = new Date(2026, 11, 6, 9);
    await keeper.runDailyIfDue(db);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/backup of the database could not be written.*keeps running/);
    expect(keeper.status()).toMatchObject({ count: 0, failing: true });

    rmSync(backupsFolder(dataDir));
    await keeper.runDailyIfDue(db);
    expect(keeper.status()).toMatchObject({ count: 1, failing: false });
    db.close();
  });

  it('remove a copy left half-written by a kiosk that stopped mid-backup', () => {
    const dataDir = tempDir();
    mkdirSync(backupsFolder(dataDir));
    const partial = join(backupsFolder(dataDir), 'safecall-2026-12-05-1-daily.sqlite.partial');
    writeFileSync(partial, 'half');
    createBackupKeeper({ dataDir, now: () => new Date(), warn: () => {} });
    expect(existsSync(partial)).toBe(false);
  });

  it('are not taken for finished when the kiosk closes in the middle of one', async () => {
    const { db, dataDir } = databaseWithVisits();
    const keeper = createBackupKeeper({ dataDir, now: () => new Date(2026, 11, 5, 9), warn: () => {} });
    const running = keeper.runDailyIfDue(db);
    keeper.stop();
    db.close();
    await running;
    expect(listBackups(backupsFolder(dataDir)).every((b) => visitsIn(b.path) === 3)).toBe(true);
    expect(readdirSync(backupsFolder(dataDir)).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });
});

describe('the daily online backup', () => {
  it('leaves out rows deleted before it (free pages are not copied into it)', async () => {
    const { db, dataDir } = databaseWithVisits();
    const insert = db.prepare(
      "INSERT INTO visit_event (visit_id, kind, hour) VALUES (?, 'visit_started', '2026-11-01T10')",
    );
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`0000dead-beef-4000-8000-${String(i).padStart(12, '0')}`);
    })();
    db.prepare("DELETE FROM visit_event WHERE hour = '2026-11-01T10'").run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(dataDir, 'safecall.sqlite')).includes('0000dead-beef')).toBe(true); // still on the live file's free pages
    const backup = await backupDatabase(db, dataDir, 'daily', '2026-12-05');
    db.close();
    expect(visitsIn(backup.path)).toBe(3);
    expect(readFileSync(backup.path).includes('0000dead-beef')).toBe(false);
  });
});
