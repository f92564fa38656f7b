import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallResponse } from '../../../shared/api.ts';
import { createBackupKeeper } from '../../../electron/core/backup/backup-keeper.ts';
import { syncContent } from '../../../electron/core/content/content-sync.ts';
import { openDatabase, type Db } from '../../../electron/core/db/open-database.ts';
import { createKiosk, migrationsDir, StartupError } from '../../../electron/core/create-core.ts';
import { diskSentence, explainStartupFailure } from '../../../electron/core/startup-failure.ts';
import { mountSmallDisk, type SmallDisk } from '../../support/small-disk.ts';
import { call, copyOfContent, REPO_ROOT, tempDir, testKiosk } from '../../support/temp-dir.ts';
import { signInStaff, staffCall } from '../../support/staff.ts';

const FACETIME = 'tutorials/iphone-turn-off-facetime.yaml';
type Tutorials = { tutorials: Array<{ id: string; minutes: number }> };

/** A content update that needs more room than the old content had: one guide changed and one guide added. */
function changeContent(contentDir: string): void {
  const file = join(contentDir, FACETIME);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('minutes: 2', 'minutes: 3'));
  const id = 'iphone-turn-off-facetime';
  writeFileSync(join(contentDir, 'tutorials', `${id}-again.yaml`), text.replace(`id: ${id}`, `id: ${id}-again`));
}

/** What a start-up failure must look like on a lobby screen: one sentence, no stack, no SQLite code. */
function expectOneSentence(error: unknown, sentence: string): void {
  expect(error).toBeInstanceOf(StartupError);
  const message = (error as Error).message;
  expect(message).toBe(sentence);
  expect(message).not.toMatch(/\n|SqliteError|SQLITE_|\bat .*:\d+:\d+/);
}

function startupFailure(start: () => unknown): unknown {
  try {
    start();
  } catch (error) {
    return error;
  }
  throw new Error('expected the start-up to fail');
}

describe('a start-up on a full disk, simulated with PRAGMA max_page_count (runs everywhere)', () => {
  /** The database cannot grow by a single page, as on a disk with no space left. */
  function pinnedAtItsSize(dataDir: string): Db {
    const db = openDatabase(join(dataDir, 'safecall.sqlite'), migrationsDir(REPO_ROOT));
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    return db;
  }

  it('keeps the old content and warns when the changed content cannot be imported', async () => {
    const contentDir = copyOfContent();
    const dataDir = tempDir();
    const before = await call<Tutorials>(testKiosk({ dataDir, contentDir }), 'listTutorials', { locale: 'en' });
    changeContent(contentDir);

    const db = pinnedAtItsSize(dataDir);
    const warnings: string[] = [];
    const backups = createBackupKeeper({ dataDir, now: () => new Date(), warn: () => {} });
    syncContent(db, contentDir, 'generic', { dataDir, warn: (m) => warnings.push(m), backups });
    db.close();
    expect(warnings).toEqual([
      `${diskSentence('full', dataDir)} The changed content could not be imported, so the kiosk keeps serving the content it already had.`,
    ]);
    expect(
      await call<Tutorials>(testKiosk({ dataDir, contentDir: join(REPO_ROOT, 'content') }), 'listTutorials', {
        locale: 'en',
      }),
    ).toEqual(before);
  });

  it('gives the one-sentence StartupError when there is no earlier content to fall back on', () => {
    const dataDir = tempDir();
    const db = pinnedAtItsSize(dataDir);
    const backups = createBackupKeeper({ dataDir, now: () => new Date(), warn: () => {} });
    const error = startupFailure(() =>
      syncContent(db, join(REPO_ROOT, 'content'), 'generic', { dataDir, warn: () => {}, backups }),
    );
    db.close();
    expectOneSentence(explainStartupFailure(error, dataDir), diskSentence('full', dataDir));
  });
});

describe('a start-up on a real full or read-only disk (a small tmpfs)', () => {
  let disk: SmallDisk | undefined;
  afterEach(() => {
    disk?.release();
    disk = undefined;
  });

  /** Mounts the disk, or says clearly that this machine cannot and what covers the case instead. */
  function smallDisk(megabytes: number): SmallDisk | undefined {
    const mounted = mountSmallDisk(megabytes);
    if ('unavailable' in mounted) {
      console.warn(
        `tmpfs cannot be mounted here (${mounted.unavailable}): the full-disk start-up is proven only by the max_page_count simulation above.`,
      );
      return undefined;
    }
    disk = mounted;
    return mounted;
  }

  it('a fresh start on a 3 MB disk gives the one-sentence StartupError, never a stack', () => {
    const small = smallDisk(3);
    if (!small) return;
    const dataDir = join(small.dir, 'data');
    expectOneSentence(
      startupFailure(() => createKiosk({ dataDir, appRoot: REPO_ROOT, warn: () => {} })),
      diskSentence('full', dataDir),
    );
  });

  it('a restart on a nearly full disk starts: unchanged content is not imported again, changed content waits', async () => {
    const small = smallDisk(24);
    if (!small) return;
    const dataDir = join(small.dir, 'data');
    const contentDir = copyOfContent();
    const first = createKiosk({ dataDir, appRoot: REPO_ROOT, contentDir, warn: () => {} });
    const before = await call<Tutorials>(first, 'listTutorials', { locale: 'en' });
    // Staff chose their PIN while the disk had room; on the full disk they only sign in, which writes nothing.
    await signInStaff(first);
    first.close();
    small.fill(1.5 * 1024 * 1024);

    // Same content: nothing to write, so the kiosk starts and visitors can begin.
    const same = createKiosk({ dataDir, appRoot: REPO_ROOT, contentDir, warn: () => {} });
    await call(same, 'startVisit', { locale: 'en' });
    same.close();

    // Changed content: about 5 MB to write, which the disk does not have. The old content stays.
    changeContent(contentDir);
    const warnings: string[] = [];
    const changed = createKiosk({ dataDir, appRoot: REPO_ROOT, contentDir, warn: (m) => warnings.push(m) });
    expect(await call<Tutorials>(changed, 'listTutorials', { locale: 'en' })).toEqual(before);
    expect(warnings.join('\n')).toContain(`${diskSentence('full', dataDir)} The changed content could not be imported`);
    // The backup before the import could not be written either: said once, and shown to staff.
    expect(warnings.filter((w) => w.includes('backup'))).toHaveLength(1);
    expect((await staffCall<CallResponse<'getHealth'>>(changed, 'getHealth', {})).backups.failing).toBe(true);
    changed.close();
  });

  it('a restart on a disk with no space at all gives the one-sentence StartupError', () => {
    const small = smallDisk(24);
    if (!small) return;
    const dataDir = join(small.dir, 'data');
    createKiosk({ dataDir, appRoot: REPO_ROOT, warn: () => {} }).close();
    small.fill(0);
    expectOneSentence(
      startupFailure(() => createKiosk({ dataDir, appRoot: REPO_ROOT, warn: () => {} })),
      diskSentence('full', dataDir),
    );
  });

  it('a restart on a disk that went read-only gives the one-sentence StartupError', () => {
    const small = smallDisk(24);
    if (!small) return;
    const dataDir = join(small.dir, 'data');
    createKiosk({ dataDir, appRoot: REPO_ROOT, warn: () => {} }).close();
    small.readOnly();
    expectOneSentence(
      startupFailure(() => createKiosk({ dataDir, appRoot: REPO_ROOT, warn: () => {} })),
      diskSentence('read_only', dataDir),
    );
  });
});
