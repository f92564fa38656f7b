import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CallResponse } from '../../../shared/api.ts';
import { backupsFolder, listBackups } from '../../../electron/core/backup/backup-files.ts';
import { snapshotDatabase } from '../../../electron/core/backup/write-backup.ts';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { migrationsDir } from '../../../electron/core/create-core.ts';
import { call, REPO_ROOT, tempDir, testKiosk } from '../../support/temp-dir.ts';
import { staffCall } from '../../support/staff.ts';

type Health = CallResponse<'getHealth'>;
const MIGRATIONS = migrationsDir(REPO_ROOT);
const DAY = new Date(2026, 11, 5, 10);
const LATER = new Date(2026, 11, 7, 9);

/** A kiosk that has been used (visits logged) and backed up, then stopped. */
async function usedKioskWithBackup(options: { backup: boolean } = { backup: true }) {
  const dataDir = tempDir('safecall-data-');
  const kiosk = testKiosk({ dataDir, now: () => DAY });
  for (let i = 0; i < 3; i++) await call(kiosk, 'startVisit', { locale: 'en' });
  kiosk.close();
  const file = join(dataDir, 'safecall.sqlite');
  if (options.backup) {
    const db = new Database(file);
    snapshotDatabase(db, dataDir, 'daily', '2026-12-05');
    db.close();
  }
  return { dataDir, file };
}

function visitsIn(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT count(*) FROM visit_event WHERE kind = 'visit_started'").pluck().get() as number;
  } finally {
    db.close();
  }
}

function overwrite(file: string, at: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, at);
  closeSync(fd);
}

async function restart(dataDir: string) {
  const warnings: string[] = [];
  const kiosk = testKiosk({ dataDir, now: () => LATER, warn: (m) => warnings.push(m) });
  const health = await staffCall<Health>(kiosk, 'getHealth', {});
  return { kiosk, health, warnings };
}

describe('start-up recovery of a damaged database', () => {
  it.each([
    ['an empty (zero-length) file', 'empty', (file: string) => truncateSync(file, 0)],
    [
      'a file whose SQLite header was overwritten',
      'not_sqlite',
      (file: string) => overwrite(file, 0, Buffer.from('this is not sqlite')),
    ],
    ['a truncated file', 'failed_check', (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    [
      'a file with a page of garbage inside',
      'failed_check',
      (file: string) => overwrite(file, 40 * 4096, Buffer.alloc(4096, 0x41)),
    ],
  ] as const)(
    'restore the newest good backup over %s, keep the damaged file, and say so',
    async (_what, problem, damage) => {
      const { dataDir, file } = await usedKioskWithBackup();
      damage(file);
      const damagedBytes = readFileSync(file);

      const { kiosk, health, warnings } = await restart(dataDir);
      expect(health.recovery.lastStart).toMatchObject({
        action: 'restored_backup',
        problem,
        day: '2026-12-07',
        damagedFile: 'safecall.sqlite.damaged-2026-12-07',
        backupFile: 'safecall-2026-12-05-1-daily.sqlite',
        backupDay: '2026-12-05',
      });
      expect(health.recovery.damagedFilesKept).toEqual(['safecall.sqlite.damaged-2026-12-07']);
      expect(warnings.join('\n')).toMatch(/database was damaged.*safecall-2026-12-05-1-daily\.sqlite.*restored/);
      // The history came back with the backup, and the kiosk works.
      expect(visitsIn(file)).toBe(3);
      await call(kiosk, 'startVisit', { locale: 'en' });
      expect(visitsIn(file)).toBe(4);
      // The damaged file was moved aside untouched, for anyone who can repair it.
      expect(readFileSync(join(dataDir, 'safecall.sqlite.damaged-2026-12-07')).equals(damagedBytes)).toBe(true);
    },
  );

  it('skip a backup that is itself damaged and restore the newest good one', async () => {
    const { dataDir, file } = await usedKioskWithBackup();
    const newer = join(backupsFolder(dataDir), 'safecall-2026-12-06-1-daily.sqlite');
    writeFileSync(newer, 'a damaged backup');
    truncateSync(file, 0);
    const { health } = await restart(dataDir);
    expect(health.recovery.lastStart).toMatchObject({
      action: 'restored_backup',
      backupFile: 'safecall-2026-12-05-1-daily.sqlite',
    });
    expect(visitsIn(file)).toBe(3);
  });

  it('with no backup, start fresh only with a loud warning naming the kept damaged file', async () => {
    const { dataDir, file } = await usedKioskWithBackup({ backup: false });
    overwrite(file, 0, Buffer.from('this is not sqlite'));
    const { kiosk, health, warnings } = await restart(dataDir);
    expect(health.recovery.lastStart).toMatchObject({
      action: 'started_fresh',
      problem: 'not_sqlite',
      damagedFile: 'safecall.sqlite.damaged-2026-12-07',
    });
    const lastStart = health.recovery.lastStart;
    expect(lastStart.action === 'started_fresh' && lastStart.message).toMatch(
      /no good backup.*history and saved plans are lost.*safecall\.sqlite\.damaged-2026-12-07/,
    );
    expect(warnings.join('\n')).toMatch(
      /WARNING.*history and saved plans are lost.*Damaged file: .*safecall\.sqlite\.damaged-2026-12-07/,
    );
    expect(existsSync(join(dataDir, 'safecall.sqlite.damaged-2026-12-07'))).toBe(true);
    expect(visitsIn(file)).toBe(0);
    await call(kiosk, 'startVisit', { locale: 'en' });
    expect(visitsIn(file)).toBe(1);
  });

  it('start a genuinely new kiosk (no file at all) normally, with nothing to report', async () => {
    const { health, warnings } = await restart(tempDir('safecall-data-'));
    expect(health.recovery).toEqual({ lastStart: { action: 'none' }, damagedFilesKept: [] });
    expect(warnings).toEqual([]);
  });

  it('leave a healthy database alone', async () => {
    const { dataDir, file } = await usedKioskWithBackup();
    const { health, warnings } = await restart(dataDir);
    expect(health.recovery.lastStart).toEqual({ action: 'none' });
    expect(warnings).toEqual([]);
    expect(visitsIn(file)).toBe(3);
  });

  it('keep naming a damaged file in health at later starts, until staff remove it', async () => {
    const { dataDir, file } = await usedKioskWithBackup();
    truncateSync(file, 0);
    (await restart(dataDir)).kiosk.close();
    const { health } = await restart(dataDir);
    expect(health.recovery).toEqual({
      lastStart: { action: 'none' },
      damagedFilesKept: ['safecall.sqlite.damaged-2026-12-07'],
    });
    expect(health.backups.count).toBeGreaterThan(0);
  });

  it('back up a database with history before a migration changes it', async () => {
    // A database made by an older version: every migration but the last, and some visits.
    const dataDir = tempDir('safecall-data-');
    const older = join(tempDir('safecall-migrations-'), 'migrations');
    mkdirSync(older);
    const all = readdirSync(MIGRATIONS)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    for (const name of all.slice(0, -1)) copyFileSync(join(MIGRATIONS, name), join(older, name));
    const db = openDatabase(join(dataDir, 'safecall.sqlite'), older);
    db.prepare(
      "INSERT INTO visit_event (visit_id, kind, hour) VALUES ('00000000-0000-4000-8000-000000000001', 'visit_started', '2026-12-05T10')",
    ).run();
    db.close();

    testKiosk({ dataDir, now: () => LATER }).close();
    const backups = listBackups(backupsFolder(dataDir));
    expect(backups.map((b) => b.reason)).toEqual(['before-migration']);
    const copy = new Database(backups[0]?.path ?? '', { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(all.length - 1);
    expect(copy.prepare('SELECT count(*) FROM visit_event').pluck().get()).toBe(1);
    copy.close();
  });

  it('take no migration backup of a brand-new database (there is nothing to lose)', () => {
    const dataDir = tempDir('safecall-data-');
    testKiosk({ dataDir }).close();
    expect(listBackups(backupsFolder(dataDir))).toEqual([]);
  });
});
