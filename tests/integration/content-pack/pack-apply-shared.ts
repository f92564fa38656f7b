import { expect } from 'vitest';
import type { AppliedAnswer, ContentPackStatus, OpenContentPackAnswer } from '../../../shared/content-pack-schema.ts';
import { tempDir, call, testKiosk } from '../../support/temp-dir.ts';
import { signInStaff, staffCall } from '../../support/staff.ts';
import { contentAt, packOf, packSigner, upload } from '../../support/content-packs.ts';
import type { Kiosk } from '../../../electron/core/create-core.ts';

/**
 * What the content-pack apply tests (issue 19) share: one signing key the kiosks are told to trust, two real packs,
 * and the staff calls they make. The tests are in three files (applying, refusals, start-up), so the two test
 * workers run them side by side: in one file they were the node tests' longest run (350 s in CI).
 */
type Tutorials = { tutorials: Array<{ id: string; minutes: number }> };
export const signer = packSigner();

/** Revision 2: the FaceTime guide now takes 3 minutes, and a new guide is added. */
export const packV2 = () => (v2 ??= packOf(contentAt(tempDir(), 2, { minutes: 3, addCopy: true }), signer));
/** Revision 3: 4 minutes, and the new guide is gone again. */
export const packV3 = () => (v3 ??= packOf(contentAt(tempDir(), 3, { minutes: 4 }), signer));
let v2: Uint8Array | undefined;
let v3: Uint8Array | undefined;

export const tutorials = async (kiosk: Kiosk) =>
  (await call<Tutorials>(kiosk, 'listTutorials', { locale: 'en' })).tutorials.map((t) => `${t.id}:${t.minutes}`).sort();
export const minutesOf = async (kiosk: Kiosk, id: string) =>
  (await call<Tutorials>(kiosk, 'listTutorials', { locale: 'en' })).tutorials.find((t) => t.id === id)?.minutes;

/** A kiosk with the app's real content (a fresh start when given its data folder), whose staff trust `signer`'s key. */
export async function kioskTrustingSigner(dataDir?: string, options: Parameters<typeof testKiosk>[0] = {}) {
  const kiosk = testKiosk({ ...(dataDir !== undefined && { dataDir }), ...options });
  await signInStaff(kiosk);
  const checked = await staffCall<{ outcome: string; fingerprint: string }>(kiosk, 'addContentPackKey', {
    publicKey: signer.publicLine,
  });
  expect(checked.outcome).toBe('checked');
  await staffCall(kiosk, 'addContentPackKey', { publicKey: signer.publicLine, confirm: true });
  return kiosk;
}

export const open = (kiosk: Kiosk, bytes: Uint8Array) =>
  staffCall<OpenContentPackAnswer>(kiosk, 'openContentPack', upload(bytes));
export async function install(kiosk: Kiosk, bytes: Uint8Array, allowOlder = false): Promise<AppliedAnswer> {
  const opened = await open(kiosk, bytes);
  if (opened.outcome !== 'ready') throw new Error(`not ready: ${JSON.stringify(opened)}`);
  return staffCall<AppliedAnswer>(kiosk, 'applyContentPack', { ticket: opened.ticket, allowOlder });
}
export const status = (kiosk: Kiosk) => staffCall<ContentPackStatus>(kiosk, 'getContentPacks', {});

/**
 * Each apply proves, checks and imports on worker threads (about a second each here, several on a busy 2-core CI
 * machine): these tests get more than vitest's usual 30 s.
 */
export const APPLIES = { timeout: 120_000 };
