import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPackStatus, OpenContentPackAnswer } from '../../../shared/content-pack-schema.ts';
import { createBackupKeeper } from '../../../electron/core/backup/backup-keeper.ts';
import { applyPrepared, preparePack } from '../../../electron/core/content-pack/pack-apply.ts';
import { packsRoot } from '../../../electron/core/content-pack/pack-folders.ts';
import { PackRefused } from '../../../electron/core/content-pack/pack-read.ts';
import { packPublicKey } from '../../../electron/core/content-pack/pack-keys.ts';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { createKiosk, DATABASE_FILE, migrationsDir, type Kiosk } from '../../../electron/core/create-core.ts';
import { diskSentence } from '../../../electron/core/startup-failure.ts';
import { mountSmallDisk, type SmallDisk } from '../../support/small-disk.ts';
import { call, REPO_ROOT, tempDir, testKiosk } from '../../support/temp-dir.ts';
import { signInStaff, staffCall } from '../../support/staff.ts';
import { contentAt, packOf, packSigner, upload } from '../../support/content-packs.ts';

/**
 * A disk that fills while a pack is applied (issue 19): refused with the one sentence staff can act on, the old
 * content served, nothing of the pack left on the disk.
 */
const signer = packSigner();
let pack: Uint8Array;
beforeAll(() => {
  pack = packOf(contentAt(tempDir(), 2, { minutes: 3, addCopy: true }), signer);
}, 60_000);

const listOf = async (kiosk: Kiosk) => JSON.stringify(await call(kiosk, 'listTutorials', { locale: 'en' }));
const folders = (dataDir: string) => (existsSync(packsRoot(dataDir)) ? readdirSync(packsRoot(dataDir)) : []);

describe('the database cannot grow during the apply (PRAGMA max_page_count, runs everywhere)', () => {
  it('refuses with disk_full, rolls the transaction back and removes the pack folder', async () => {
    const dataDir = tempDir('safecall-data-');
    const first = testKiosk({ dataDir });
    const before = await listOf(first);
    first.close();

    const db = openDatabase(join(dataDir, DATABASE_FILE), migrationsDir(REPO_ROOT));
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const prepared = await preparePack(pack, 'a1b2c3d4-0000-4000-8000-000000000001', {
      trustedKeys: [packPublicKey(signer.publicLine)],
      appVersion: '0.1.0',
      dataDir,
      today: new Date(),
    });
    let refusal: unknown;
    try {
      applyPrepared(prepared, 1, {
        db,
        places: { dataDir, appContentDir: join(REPO_ROOT, 'content') },
        region: 'generic',
        backups: createBackupKeeper({ dataDir, now: () => new Date(), warn: () => {} }),
        liveTickets: () => new Set(),
      });
    } catch (error) {
      refusal = error;
    }
    db.close();
    expect(refusal).toBeInstanceOf(PackRefused);
    expect(refusal).toMatchObject({
      reason: 'disk_full',
      message: expect.stringContaining(diskSentence('full', dataDir)),
    });
    expect(folders(dataDir)).toEqual([]);
    const after = testKiosk({ dataDir });
    expect(await listOf(after)).toBe(before);
    expect((await staffCall<ContentPackStatus>(after, 'getContentPacks', {})).current.kind).toBe('app');
  });
});

describe('a real disk that is nearly full (a small tmpfs)', () => {
  let disk: SmallDisk | undefined;
  afterEach(() => {
    disk?.release();
    disk = undefined;
  });

  it('refuses the pack it cannot unpack, and the kiosk goes on serving what it had', async () => {
    const mounted = mountSmallDisk(32);
    if ('unavailable' in mounted) {
      console.warn(
        `tmpfs cannot be mounted here (${mounted.unavailable}): only the max_page_count simulation above ran.`,
      );
      return;
    }
    disk = mounted;
    const dataDir = join(mounted.dir, 'data');
    const kiosk = createKiosk({ dataDir, appRoot: REPO_ROOT, warn: () => {}, pinHashCost: { logN: 10, r: 8, p: 1 } });
    try {
      await signInStaff(kiosk);
      await staffCall(kiosk, 'addContentPackKey', { publicKey: signer.publicLine, confirm: true });
      const before = await listOf(kiosk);
      mounted.fill(256 * 1024);
      const answer = await staffCall<OpenContentPackAnswer>(kiosk, 'openContentPack', upload(pack));
      expect(answer).toMatchObject({
        outcome: 'refused',
        reason: 'disk_full',
        message: expect.stringContaining(diskSentence('full', dataDir)),
      });
      expect(await listOf(kiosk)).toBe(before);
      expect(folders(dataDir)).toEqual([]);
    } finally {
      kiosk.close();
    }
  });
});
