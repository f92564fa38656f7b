import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppliedAnswer, ContentPackStatus, OpenContentPackAnswer } from '../../../shared/content-pack-schema.ts';
import { packsRoot } from '../../../electron/core/content-pack/pack-folders.ts';
import { createKiosk, type Kiosk } from '../../../electron/core/create-core.ts';
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

describe(
  "the database cannot grow during the apply (PRAGMA max_page_count on the import's connection, runs everywhere)",
  { timeout: 120_000 },
  () => {
    it('refuses with disk_full, rolls the transaction back and removes the pack folder', async () => {
      const dataDir = tempDir('safecall-data-');
      const kiosk = testKiosk({ dataDir, packImportPinned: true });
      await staffCall(kiosk, 'addContentPackKey', { publicKey: signer.publicLine, confirm: true });
      const before = await listOf(kiosk);
      const opened = await staffCall<OpenContentPackAnswer>(kiosk, 'openContentPack', upload(pack));
      if (opened.outcome !== 'ready') throw new Error(JSON.stringify(opened));
      const answer = await staffCall<AppliedAnswer>(kiosk, 'applyContentPack', { ticket: opened.ticket });
      expect(answer).toMatchObject({
        outcome: 'refused',
        reason: 'disk_full',
        message: expect.stringContaining(diskSentence('full', dataDir)),
      });
      expect(await listOf(kiosk)).toBe(before);
      expect(folders(dataDir)).toEqual([]);
      expect((await staffCall<ContentPackStatus>(kiosk, 'getContentPacks', {})).current.kind).toBe('app');
      kiosk.close();
      expect(await listOf(testKiosk({ dataDir }))).toBe(before);
    });
  },
);

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
