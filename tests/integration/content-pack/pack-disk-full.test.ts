import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppliedAnswer, ContentPackStatus, OpenContentPackAnswer } from '../../../shared/content-pack-schema.ts';
import { createKiosk, type Kiosk } from '../../../electron/core/create-core.ts';
import { diskSentence } from '../../../electron/core/startup-failure.ts';
import { mountSmallDisk, type SmallDisk } from '../../support/small-disk.ts';
import { call, REPO_ROOT, tempDir, TEST_PIN_HASH_COST, testKiosk } from '../../support/temp-dir.ts';
import { signInStaff, staffCall } from '../../support/staff.ts';
import { contentAt, packOf, packSigner, upload, packFolders } from '../../support/content-packs.ts';

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
/** Refused for the full disk in the one sentence staff act on, the old content served, nothing of the pack left. */
async function expectRefusedForDisk(kiosk: Kiosk, dataDir: string, answer: unknown, before: string): Promise<void> {
  expect(answer).toMatchObject({
    outcome: 'refused',
    reason: 'disk_full',
    message: expect.stringContaining(diskSentence('full', dataDir)),
  });
  expect(await listOf(kiosk)).toBe(before);
  expect(packFolders(dataDir)).toEqual([]);
}

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
      await expectRefusedForDisk(kiosk, dataDir, answer, before);
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
    const kiosk = createKiosk({ dataDir, appRoot: REPO_ROOT, warn: () => {}, pinHashCost: TEST_PIN_HASH_COST });
    try {
      await signInStaff(kiosk);
      await staffCall(kiosk, 'addContentPackKey', { publicKey: signer.publicLine, confirm: true });
      const before = await listOf(kiosk);
      mounted.fill(256 * 1024);
      const answer = await staffCall<OpenContentPackAnswer>(kiosk, 'openContentPack', upload(pack));
      await expectRefusedForDisk(kiosk, dataDir, answer, before);
    } finally {
      kiosk.close();
    }
  });
});
