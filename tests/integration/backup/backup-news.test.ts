import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsFolder } from '../../../electron/core/backup/backup-files.ts';
import { createBackupKeeper } from '../../../electron/core/backup/backup-keeper.ts';
import { migrationsDir } from '../../../electron/core/create-core.ts';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { createNewsEmitter } from '../../../electron/core/news/news-emitter.ts';
import type { NewsMessage } from '../../../shared/news.ts';
import { mountSmallDisk, type SmallDisk } from '../../support/small-disk.ts';
import { REPO_ROOT, tempDir } from '../../support/temp-dir.ts';

let disk: SmallDisk | undefined;
afterEach(() => {
  disk?.release();
  disk = undefined;
});

/** A keeper wired to the news as the core wires it (create-core.ts), on a real migrated database. */
function keeperWithNews(now: () => Date, dataDir = tempDir('safecall-data-')) {
  const db = openDatabase(join(dataDir, 'safecall.sqlite'), migrationsDir(REPO_ROOT));
  const warnings: string[] = [];
  const news = createNewsEmitter((m) => void warnings.push(m));
  const heard: NewsMessage[] = [];
  news.subscribe((m) => void heard.push(m));
  const keeper = createBackupKeeper({ dataDir, now, warn: () => {}, onOutcome: (o) => news.emit('backup', o) });
  return { db, dataDir, keeper, heard, warnings };
}

describe('backups as news for staff screens', () => {
  it('tell of each backup written, by reason and local day, in a payload the contract accepts', async () => {
    let now = new Date(2026, 11, 6, 9);
    const { db, keeper, heard, warnings } = keeperWithNews(() => now);
    keeper.snapshot(db, 'before-content');
    now = new Date(2026, 11, 7, 9);
    await keeper.runDailyIfDue(db);
    db.close();
    expect(warnings).toEqual([]);
    expect(heard).toEqual([
      { name: 'backup', payload: { status: 'written', reason: 'before-content', day: '2026-12-06' } },
      { name: 'backup', payload: { status: 'written', reason: 'daily', day: '2026-12-07' } },
    ]);
  });

  it('tell of every failed attempt (the log is told once), then of the next backup written', async () => {
    let now = new Date(2026, 11, 6, 9);
    const { db, dataDir, keeper, heard } = keeperWithNews(() => now);
    // A file where the backups folder should be: every copy fails.
    writeFileSync(backupsFolder(dataDir), 'in the way');
    keeper.snapshot(db, 'before-migration');
    await keeper.runDailyIfDue(db);
    rmSync(backupsFolder(dataDir));
    now = new Date(2026, 11, 7, 9);
    await keeper.runDailyIfDue(db);
    db.close();
    expect(heard.map((m) => m.payload)).toEqual([
      { status: 'failed', reason: 'before-migration', diskFull: false },
      { status: 'failed', reason: 'daily', diskFull: false },
      { status: 'written', reason: 'daily', day: '2026-12-07' },
    ]);
  });

  it('say nothing once the kiosk is closing', async () => {
    const { db, keeper, heard } = keeperWithNews(() => new Date(2026, 11, 6, 9));
    const running = keeper.runDailyIfDue(db);
    keeper.stop();
    db.close();
    await running;
    expect(heard).toEqual([]);
  });

  it('say when the disk is full, on a real full disk (a small tmpfs)', () => {
    const mounted = mountSmallDisk(8);
    if ('unavailable' in mounted) {
      // The same fallback as disk-full.test.ts: the payload's shape is proven above either way.
      console.warn(`tmpfs cannot be mounted here (${mounted.unavailable}): diskFull is not proven on a real disk.`);
      return;
    }
    disk = mounted;
    const { db, keeper, heard } = keeperWithNews(() => new Date(2026, 11, 6, 9), mounted.dir);
    mounted.fill(0);
    keeper.snapshot(db, 'before-content');
    db.close();
    expect(heard.map((m) => m.payload)).toEqual([{ status: 'failed', reason: 'before-content', diskFull: true }]);
  });
});
