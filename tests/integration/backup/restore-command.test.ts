import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsFolder, listBackups } from '../../../electron/core/backup/backup-files.ts';
import { restoreBackup, RestoreRefused } from '../../../electron/core/backup/restore-command.ts';
import { snapshotDatabase } from '../../../electron/core/backup/write-backup.ts';
import { call, REPO_ROOT, tempDir, testKiosk } from '../../support/temp-dir.ts';

const NOW = () => new Date(2026, 11, 7, 9);

function visits(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT count(*) FROM visit_event WHERE kind = 'visit_started'").pluck().get() as number;
  } finally {
    db.close();
  }
}

function backUp(file: string, dataDir: string, day: string): void {
  const db = new Database(file);
  snapshotDatabase(db, dataDir, 'daily', day);
  db.close();
}

/** A stopped kiosk with two backups (one and two visits) and three visits in its database now. */
async function stoppedKiosk() {
  const dataDir = tempDir('safecall-data-');
  const file = join(dataDir, 'safecall.sqlite');
  const kiosk = testKiosk({ dataDir });
  await call(kiosk, 'startVisit', { locale: 'en' });
  kiosk.close();
  backUp(file, dataDir, '2026-12-05');
  const again = testKiosk({ dataDir });
  await call(again, 'startVisit', { locale: 'en' });
  again.close();
  backUp(file, dataDir, '2026-12-06');
  const third = testKiosk({ dataDir });
  await call(third, 'startVisit', { locale: 'en' });
  third.close();
  return { dataDir, file };
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RestoreRefused);
    return (error as Error).message;
  }
  throw new Error('expected the restore to be refused');
}

describe('the restore command', () => {
  it('refuses while the kiosk is running, and touches nothing', async () => {
    const { dataDir, file } = await stoppedKiosk();
    const running = testKiosk({ dataDir });
    expect(refusal(() => restoreBackup({ dataDir, file, now: NOW }))).toMatch(/kiosk is running.*Stop the kiosk first/);
    running.close();
    expect(visits(file)).toBe(3);
  });

  it('puts the newest good backup in place and keeps the database that was there', async () => {
    const { dataDir, file } = await stoppedKiosk();
    const result = restoreBackup({ dataDir, file, now: NOW });
    expect(result.restored).toMatch(/^safecall-2026-12-06-1-daily\.sqlite/);
    expect(visits(file)).toBe(2);
    expect(result.movedAside).toBe(join(dataDir, 'safecall.sqlite.before-restore-2026-12-07'));
    expect(visits(result.movedAside ?? '')).toBe(3);
    // The kiosk starts on it.
    await call(testKiosk({ dataDir }), 'startVisit', { locale: 'en' });
  });

  it('restores a backup chosen by name, or by path', async () => {
    const { dataDir, file } = await stoppedKiosk();
    restoreBackup({ dataDir, file, backup: 'safecall-2026-12-05-1-daily.sqlite', now: NOW });
    expect(visits(file)).toBe(1);
    const [newest] = listBackups(backupsFolder(dataDir));
    restoreBackup({ dataDir, file, backup: newest?.path ?? '', now: NOW });
    expect(visits(file)).toBe(2);
    expect(existsSync(join(dataDir, 'safecall.sqlite.before-restore-2026-12-07-2'))).toBe(true);
  });

  it('refuses a damaged backup or one that does not exist, and touches nothing', async () => {
    const { dataDir, file } = await stoppedKiosk();
    const damaged = join(backupsFolder(dataDir), 'safecall-2026-12-06-1-daily.sqlite');
    writeFileSync(
      damaged,
      'not a database at all, but long enough to have a header of one hundred bytes.............................',
    );
    expect(
      refusal(() => restoreBackup({ dataDir, file, backup: 'safecall-2026-12-06-1-daily.sqlite', now: NOW })),
    ).toMatch(/cannot be restored.*does not start like an SQLite database/);
    expect(
      refusal(() => restoreBackup({ dataDir, file, backup: 'safecall-2020-01-01-1-daily.sqlite', now: NOW })),
    ).toMatch(/There is no backup safecall-2020-01-01/);
    expect(visits(file)).toBe(3);
    // Without a name, the damaged newest one is passed over for the good older one.
    expect(restoreBackup({ dataDir, file, now: NOW }).restored).toMatch(/^safecall-2026-12-05-1-daily\.sqlite/);
  });

  it('refuses when there is no backup at all', () => {
    const dataDir = tempDir('safecall-data-');
    testKiosk({ dataDir }).close();
    expect(refusal(() => restoreBackup({ dataDir, file: join(dataDir, 'safecall.sqlite'), now: NOW }))).toMatch(
      /no good backup/,
    );
  });

  it('runs as npm run restore: lists, restores, and exits with 1 and a reason when it refuses', async () => {
    const { dataDir, file } = await stoppedKiosk();
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [join(REPO_ROOT, 'scripts', 'restore.ts'), ...args], {
        env: { ...process.env, SAFECALL_DATA_DIR: dataDir },
      });
    expect((await run('--list')).stdout).toBe(
      'safecall-2026-12-06-1-daily.sqlite  ok\nsafecall-2026-12-05-1-daily.sqlite  ok\n',
    );
    const restored = await run('safecall-2026-12-05-1-daily.sqlite');
    expect(restored.stdout).toMatch(
      /Restored .*safecall-2026-12-05-1-daily\.sqlite into .*safecall\.sqlite\.\nThe database that was there is kept as .*before-restore-.*\nStart the kiosk again\./,
    );
    expect(visits(file)).toBe(1);
    const refused = await run('no-such-backup.sqlite').then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toMatch(/^Nothing was restored\. There is no backup no-such-backup\.sqlite/);
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });
});
