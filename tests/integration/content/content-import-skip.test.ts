import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsFolder, listBackups } from '../../../electron/core/backup/backup-files.ts';
import { CONTENT_COMPILER_VERSION, contentKey } from '../../../electron/core/content/content-key.ts';
import { copyOfContent, tempDir, testKiosk } from '../../support/temp-dir.ts';
import { staffCall } from '../../support/staff.ts';

const FACETIME = 'tutorials/iphone-turn-off-facetime.yaml';

/** Reads or writes the database of a closed kiosk directly, as a test-only back door. */
function withDb<T>(dataDir: string, use: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, 'safecall.sqlite'), { fileMustExist: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}
const storedKey = (dataDir: string) => withDb(dataDir, (db) => db.prepare("SELECT value FROM content_meta WHERE key = 'hash'").pluck().get());
/** Marks the compiled content: an import would overwrite the mark, a skipped import leaves it. */
const markCompiledContent = (dataDir: string) => withDb(dataDir, (db) => db.prepare("UPDATE content_meta SET value = '[]' WHERE key = 'review'").run());

describe('content import at start-up', () => {
  it('is skipped when the content, the region and the compiler are unchanged, so a restart writes nothing', async () => {
    const contentDir = copyOfContent();
    const dataDir = tempDir();
    testKiosk({ dataDir, contentDir }).close();
    const key = storedKey(dataDir);
    markCompiledContent(dataDir);

    const again = testKiosk({ dataDir, contentDir });
    expect((await staffCall<{ items: unknown[] }>(again, 'getReviewList', {})).items).toEqual([]);
    again.close();
    expect(storedKey(dataDir)).toBe(key);
    expect(listBackups(backupsFolder(dataDir))).toEqual([]);
  });

  it('runs when the content changed, after a backup of the database as it was', async () => {
    const contentDir = copyOfContent();
    const dataDir = tempDir();
    testKiosk({ dataDir, contentDir }).close();
    const oldKey = storedKey(dataDir);
    markCompiledContent(dataDir);

    writeFileSync(join(contentDir, FACETIME), readFileSync(join(contentDir, FACETIME), 'utf8').replace('minutes: 2', 'minutes: 3'));
    const changed = testKiosk({ dataDir, contentDir });
    expect((await staffCall<{ items: unknown[] }>(changed, 'getReviewList', {})).items.length).toBeGreaterThan(0);
    changed.close();
    expect(storedKey(dataDir)).not.toBe(oldKey);

    const [backup] = listBackups(backupsFolder(dataDir));
    expect(backup?.reason).toBe('before-content');
    const inBackup = new Database(backup?.path ?? '', { readonly: true });
    expect(inBackup.prepare("SELECT value FROM content_meta WHERE key = 'hash'").pluck().get()).toBe(oldKey);
    inBackup.close();
  });

  it('runs when the centre changes its region (texts and hotlines are compiled for it)', async () => {
    const dataDir = tempDir();
    testKiosk({ dataDir, kioskJson: { region: 'HK' } }).close();
    markCompiledContent(dataDir);
    const moved = testKiosk({ dataDir, kioskJson: { region: 'UK' } });
    expect((await staffCall<{ items: unknown[] }>(moved, 'getReviewList', {})).items.length).toBeGreaterThan(0);
  });

  it('runs when a new version compiles differently: the compiler version is part of the key', () => {
    expect(contentKey('abc', 'HK')).toBe(contentKey('abc', 'HK', CONTENT_COMPILER_VERSION));
    expect(contentKey('abc', 'HK', CONTENT_COMPILER_VERSION + 1)).not.toBe(contentKey('abc', 'HK'));
    expect(contentKey('abc', 'UK')).not.toBe(contentKey('abc', 'HK'));
  });
});
