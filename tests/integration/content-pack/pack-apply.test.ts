import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppliedAnswer, ContentPackStatus, OpenContentPackAnswer } from '../../../shared/content-pack-schema.ts';
import { signPack } from '../../../electron/core/content-pack/pack-write.ts';
import { contentFileList } from '../../../electron/core/content/content-files.ts';
import { LOCALES } from '../../../shared/locales.ts';
import { packsRoot } from '../../../electron/core/content-pack/pack-folders.ts';
import { call, dropLocale, editYaml, tempDir, testKiosk } from '../../support/temp-dir.ts';
import { signInStaff, staffCall } from '../../support/staff.ts';
import {
  contentAt,
  FACETIME,
  FACETIME_COPY,
  packOf,
  packSigner,
  upload,
  packFolders,
} from '../../support/content-packs.ts';
import type { Kiosk } from '../../../electron/core/create-core.ts';
import type { ResultEnvelope } from '../../../shared/api.ts';

/**
 * Applying content packs (issue 19) through the staff calls, on a real SQLite file: what changes, what a restart
 * serves, going back, and every refusal leaving the old content served. The packs are real (content:pack's own
 * buildPack, a real Ed25519 key); the key is trusted the way staff trust one, by adding it on the kiosk.
 */
type Tutorials = { tutorials: Array<{ id: string; minutes: number }> };
const signer = packSigner();
let packV2: Uint8Array;
let packV3: Uint8Array;

beforeAll(() => {
  // Revision 2: the FaceTime guide now takes 3 minutes, and a new guide is added.
  packV2 = packOf(contentAt(tempDir(), 2, { minutes: 3, addCopy: true }), signer);
  // Revision 3: 4 minutes, and the new guide is gone again.
  packV3 = packOf(contentAt(tempDir(), 3, { minutes: 4 }), signer);
}, 60_000);

const tutorials = async (kiosk: Kiosk) =>
  (await call<Tutorials>(kiosk, 'listTutorials', { locale: 'en' })).tutorials.map((t) => `${t.id}:${t.minutes}`).sort();
const minutesOf = async (kiosk: Kiosk, id: string) =>
  (await call<Tutorials>(kiosk, 'listTutorials', { locale: 'en' })).tutorials.find((t) => t.id === id)?.minutes;

/** A kiosk with the app's real content (a fresh start when given its data folder), whose staff trust `signer`'s key. */
async function kioskTrustingSigner(dataDir?: string, options: Parameters<typeof testKiosk>[0] = {}) {
  const kiosk = testKiosk({ ...(dataDir !== undefined && { dataDir }), ...options });
  await signInStaff(kiosk);
  const checked = await staffCall<{ outcome: string; fingerprint: string }>(kiosk, 'addContentPackKey', {
    publicKey: signer.publicLine,
  });
  expect(checked.outcome).toBe('checked');
  await staffCall(kiosk, 'addContentPackKey', { publicKey: signer.publicLine, confirm: true });
  return kiosk;
}

const open = (kiosk: Kiosk, bytes: Uint8Array) =>
  staffCall<OpenContentPackAnswer>(kiosk, 'openContentPack', upload(bytes));
async function install(kiosk: Kiosk, bytes: Uint8Array, allowOlder = false): Promise<AppliedAnswer> {
  const opened = await open(kiosk, bytes);
  if (opened.outcome !== 'ready') throw new Error(`not ready: ${JSON.stringify(opened)}`);
  return staffCall<AppliedAnswer>(kiosk, 'applyContentPack', { ticket: opened.ticket, allowOlder });
}
const status = (kiosk: Kiosk) => staffCall<ContentPackStatus>(kiosk, 'getContentPacks', {});

/**
 * Each apply proves, checks and imports on worker threads (about a second each here, several on a busy 2-core CI
 * machine): these tests get more than vitest's usual 30 s.
 */
const APPLIES = { timeout: 120_000 };

describe('applying a content pack', APPLIES, () => {
  it('shows what it would change, applies it in one go, and a restart serves it without importing again', async () => {
    const dataDir = tempDir('safecall-data-');
    const warnings: string[] = [];
    const kiosk = await kioskTrustingSigner(dataDir, { warn: (m) => warnings.push(m) });
    expect(await status(kiosk)).toMatchObject({ current: { kind: 'app', revision: 1 }, pickFile: 'upload' });
    expect((await status(kiosk)).trustedKeys).toEqual([expect.objectContaining({ from: 'staff' })]);

    const opened = await open(kiosk, packV2);
    expect(opened).toMatchObject({
      outcome: 'ready',
      order: 'newer',
      pack: { kind: 'pack', revision: 2, minAppVersion: '0.1.0' },
      changes: {
        added: [{ id: FACETIME_COPY, title: expect.any(String) }],
        changed: [{ id: FACETIME, title: expect.stringMatching(/FaceTime/) }],
        removed: [],
        otherFiles: [],
        localesAdded: [],
        localesRemoved: [],
      },
    });
    // Looked at, not applied: visitors still get the app's content.
    expect(await minutesOf(kiosk, FACETIME)).toBe(2);
    if (opened.outcome !== 'ready') return;
    const applied = await staffCall<AppliedAnswer>(kiosk, 'applyContentPack', { ticket: opened.ticket });
    expect(applied).toMatchObject({
      outcome: 'applied',
      changes: { added: [{ id: FACETIME_COPY }], changed: [{ id: FACETIME }] },
      status: { current: { kind: 'pack', revision: 2 }, previous: { kind: 'app', revision: 1 } },
    });
    expect(await minutesOf(kiosk, FACETIME)).toBe(3);
    expect(await minutesOf(kiosk, FACETIME_COPY)).toBe(3);
    // The database was backed up before the change, and the pack's files are kept for a restart and a rollback.
    expect(readdirSync(join(dataDir, 'backups')).some((f) => f.includes('before-content'))).toBe(true);
    expect(packFolders(dataDir)).toEqual([(applied as { status: ContentPackStatus }).status.current.packId]);
    const served = await tutorials(kiosk);
    kiosk.close();

    // A restart serves the pack; the database already holds it, so nothing is read or imported again.
    const again = testKiosk({
      dataDir,
      loadContent: () => {
        throw new Error('the restart read the content again');
      },
    });
    expect(await tutorials(again)).toEqual(served);
    expect(warnings.filter((w) => !w.includes('applied'))).toEqual([]);
  });

  it('goes back in one tap, and forward again with a second', async () => {
    const dataDir = tempDir('safecall-data-');
    const kiosk = await kioskTrustingSigner(dataDir);
    await install(kiosk, packV2);
    await install(kiosk, packV3);
    expect(await minutesOf(kiosk, FACETIME)).toBe(4);
    expect(await minutesOf(kiosk, FACETIME_COPY)).toBeUndefined();
    expect(packFolders(dataDir)).toHaveLength(2);

    const back = await staffCall<AppliedAnswer>(kiosk, 'rollBackContent', {});
    expect(back).toMatchObject({
      outcome: 'applied',
      changes: { added: [{ id: FACETIME_COPY }], changed: [{ id: FACETIME }] },
      status: { current: { revision: 2 }, previous: { revision: 3 } },
    });
    expect(await minutesOf(kiosk, FACETIME)).toBe(3);
    await staffCall(kiosk, 'rollBackContent', {});
    expect(await minutesOf(kiosk, FACETIME)).toBe(4);
    expect((await status(kiosk)).current.revision).toBe(3);
  });

  it("going back from the first pack returns to the app's own content", async () => {
    const appContent = await tutorials(testKiosk());
    const fresh = await kioskTrustingSigner();
    await install(fresh, packV2);
    await staffCall(fresh, 'rollBackContent', {});
    expect(await tutorials(fresh)).toEqual(appContent);
    expect(await status(fresh)).toMatchObject({ current: { kind: 'app' }, previous: { kind: 'pack', revision: 2 } });
    expect(packFolders(fresh.dataDir)).toHaveLength(1);
  });

  it('refuses an older revision unless staff confirm it, and then applies it', async () => {
    const kiosk = await kioskTrustingSigner();
    await install(kiosk, packV3);
    const opened = await open(kiosk, packV2);
    expect(opened).toMatchObject({ outcome: 'ready', order: 'older' });
    if (opened.outcome !== 'ready') return;
    const refused = await staffCall<AppliedAnswer>(kiosk, 'applyContentPack', { ticket: opened.ticket });
    expect(refused).toMatchObject({
      outcome: 'refused',
      reason: 'older',
      message: expect.stringContaining('revision 3'),
    });
    expect(await minutesOf(kiosk, FACETIME)).toBe(4);
    const confirmed = await staffCall<AppliedAnswer>(kiosk, 'applyContentPack', {
      ticket: opened.ticket,
      allowOlder: true,
    });
    expect(confirmed).toMatchObject({ outcome: 'applied', status: { current: { revision: 2 } } });
    expect(await minutesOf(kiosk, FACETIME)).toBe(3);
  });

  it('applies two packs tapped at once one after the other, never both at the same time', async () => {
    const kiosk = await kioskTrustingSigner();
    const pageOne = await signInStaff(kiosk, 'test:page-one');
    const pageTwo = await signInStaff(kiosk, 'test:page-two');
    const first = await call<OpenContentPackAnswer>(kiosk, 'openContentPack', upload(packV2), pageOne);
    const second = await call<OpenContentPackAnswer>(kiosk, 'openContentPack', upload(packV3), pageTwo);
    if (first.outcome !== 'ready' || second.outcome !== 'ready') throw new Error('not ready');
    const answers = await Promise.all([
      call<AppliedAnswer>(kiosk, 'applyContentPack', { ticket: first.ticket }, pageOne),
      call<AppliedAnswer>(kiosk, 'applyContentPack', { ticket: second.ticket }, pageTwo),
    ]);
    expect(answers.map((a) => (a.outcome === 'refused' ? a.message : a.outcome))).toEqual(['applied', 'applied']);
    expect(await status(kiosk)).toMatchObject({ current: { revision: 3 }, previous: { revision: 2 } });
    expect(await minutesOf(kiosk, FACETIME)).toBe(4);
    expect(packFolders(kiosk.dataDir)).toHaveLength(2);
  });

  it('changes nothing when the database cannot be backed up first', async () => {
    const kiosk = await kioskTrustingSigner();
    const before = await tutorials(kiosk);
    const opened = await open(kiosk, packV2);
    if (opened.outcome !== 'ready') throw new Error('not ready');
    // The backups folder is a file now: no copy can be written into it.
    rmSync(join(kiosk.dataDir, 'backups'), { recursive: true, force: true });
    writeFileSync(join(kiosk.dataDir, 'backups'), 'in the way');
    expect(await staffCall(kiosk, 'applyContentPack', { ticket: opened.ticket })).toMatchObject({
      outcome: 'refused',
      reason: 'backup_failed',
    });
    expect(await tutorials(kiosk)).toEqual(before);
    expect(packFolders(kiosk.dataDir)).toEqual([]);
    expect((await status(kiosk)).current.kind).toBe('app');
  });

  it("a visitor's write made while the import holds the database waits for it, and is saved", async () => {
    const visitor = { caller: 'page:visitor', token: undefined };
    const plan = { actions: [{ tutorialId: FACETIME }], completed: [] };
    let during: Promise<ResultEnvelope> | undefined;
    const kiosk: Kiosk = await kioskTrustingSigner(undefined, {
      onPackApplyPhase: async (phase) => {
        if (phase !== 'imported_not_committed') return;
        // Inside the import's transaction: the worker holds the write lock for longer than the 200 ms a write waits.
        during = kiosk.dispatch('saveChecklist', plan, visitor);
        await new Promise((resolve) => setTimeout(resolve, 600));
      },
    });
    expect(await install(kiosk, packV2)).toMatchObject({ outcome: 'applied' });
    expect(await during).toMatchObject({ ok: true, value: { code: expect.any(String) } });
  });

  it('takes a pack only with the ticket of the pack this page opened, and lets it go after 15 minutes', async () => {
    let now = Date.UTC(2026, 11, 7, 10);
    const kiosk = await kioskTrustingSigner(undefined, { now: () => new Date(now) });
    const opened = await open(kiosk, packV2);
    if (opened.outcome !== 'ready') throw new Error('not ready');
    const other = await signInStaff(kiosk, 'test:other-page');
    expect(await call(kiosk, 'applyContentPack', { ticket: opened.ticket }, other)).toMatchObject({
      reason: 'ticket_expired',
    });
    now += 16 * 60_000;
    expect(await staffCall(kiosk, 'applyContentPack', { ticket: opened.ticket })).toMatchObject({
      reason: 'ticket_expired',
    });
    // The next open lets the expired pack's staging folder go.
    await open(kiosk, packV3);
    expect(packFolders(kiosk.dataDir)).toHaveLength(1);
  });
});

describe('a pack the kiosk refuses leaves the old content served and nothing on the disk', APPLIES, () => {
  const refusedWith = async (bytes: Uint8Array) => {
    const kiosk = await kioskTrustingSigner();
    const before = await tutorials(kiosk);
    const answer = await open(kiosk, bytes);
    expect(await tutorials(kiosk)).toEqual(before);
    expect(packFolders(kiosk.dataDir)).toEqual([]);
    expect((await status(kiosk)).current.kind).toBe('app');
    return answer.outcome === 'refused' ? answer.reason : answer.outcome;
  };
  const rezip = (edit: (entries: Record<string, Uint8Array>) => void) => {
    const entries = unzipSync(packV2);
    edit(entries);
    return zipSync(entries);
  };

  it.each([
    ['a pack signed by a key nobody trusted', () => packOf(contentAt(tempDir(), 2), packSigner()), 'unknown_key'],
    [
      'a tampered byte in a guide',
      () =>
        rezip((e) => {
          const guide = e[`content/tutorials/${FACETIME}.yaml`] as Uint8Array;
          guide[40] = (guide[40] as number) ^ 1;
        }),
      'tampered',
    ],
    [
      'a manifest changed after signing',
      () =>
        rezip((e) => {
          e['manifest.json'] = strToU8(
            new TextDecoder().decode(e['manifest.json']).replace('"version": 2', '"version": 9'),
          );
        }),
      'bad_signature',
    ],
    ['a truncated file', () => packV2.slice(0, packV2.byteLength - 200), 'corrupt'],
    [
      'a path that escapes the pack',
      () =>
        rezip((e) => {
          e['content/../../evil.yaml'] = strToU8('x');
        }),
      'unsafe_path',
    ],
    ['a pack for a newer app', () => packOf(contentAt(tempDir(), 2), signer, '9.0.0'), 'app_too_old'],
  ])('%s', async (_name, make, reason) => {
    expect(await refusedWith(make())).toBe(reason);
  });

  it('schema-invalid content, signed by a trusted key', async () => {
    const dir = contentAt(tempDir(), 2);
    writeFileSync(join(dir, 'tutorials', `${FACETIME}.yaml`), 'id: 3\n');
    // Every content file, as content:pack takes them, but signed without the check content:pack runs first.
    const files = new Map(contentFileList(dir).all.map((p) => [p, new Uint8Array(readFileSync(join(dir, p)))]));
    const bytes = signPack(files, signer.privateKey, {
      version: 2,
      minAppVersion: '0.1.0',
      locales: [...LOCALES],
      tutorials: [FACETIME],
    });
    expect(await refusedWith(bytes)).toBe('content_invalid');
  });

  it('content with a language left out of a guide, signed by a trusted key (content:check refuses it)', async () => {
    const dir = contentAt(tempDir(), 2);
    editYaml(join(dir, 'tutorials', `${FACETIME}.yaml`), (data) => dropLocale(data, 'ko'));
    const answer = await open(await kioskTrustingSigner(), packOf(dir, signer));
    expect(answer).toMatchObject({
      outcome: 'refused',
      reason: 'content_invalid',
      message: expect.stringMatching(/ko/),
    });
    expect(await refusedWith(packOf(dir, signer))).toBe('content_invalid');
  });

  it('a pack that does not carry every language', async () => {
    const entries = unzipSync(packV2);
    const files = new Map(
      Object.entries(entries)
        .filter(([n]) => n.startsWith('content/'))
        .map(([n, b]) => [n.slice('content/'.length), b]),
    );
    const bytes = signPack(files, signer.privateKey, {
      version: 2,
      minAppVersion: '0.1.0',
      locales: ['en', 'zh-Hant'],
      tutorials: [FACETIME],
    });
    expect(await refusedWith(bytes)).toBe('missing_locale');
  });

  it('a file on the stick too big to be a pack, which is never read (Electron: picked in the dialog)', async () => {
    const big = join(tempDir(), 'huge.scpack');
    writeFileSync(big, '');
    // A sparse 40 MB file: measured, not read.
    const { truncateSync } = await import('node:fs');
    truncateSync(big, 40 * 1024 * 1024);
    const dialogKiosk = testKiosk({ choosePackFile: () => Promise.resolve(big) });
    await signInStaff(dialogKiosk);
    expect(await staffCall(dialogKiosk, 'getContentPacks', {})).toMatchObject({ pickFile: 'dialog' });
    expect(await staffCall(dialogKiosk, 'openContentPack', {})).toMatchObject({
      outcome: 'refused',
      reason: 'too_large',
    });
  });

  it("a pack picked in Electron's dialog is read and installed; a file gone from the stick is refused in words", async () => {
    const file = join(tempDir(), 'safecall-content-v2.scpack');
    writeFileSync(file, packV2);
    let picked = file;
    const dialogKiosk = await kioskTrustingSigner(undefined, { choosePackFile: () => Promise.resolve(picked) });
    const opened = await staffCall<OpenContentPackAnswer>(dialogKiosk, 'openContentPack', {});
    if (opened.outcome !== 'ready') throw new Error(JSON.stringify(opened));
    expect(await staffCall(dialogKiosk, 'applyContentPack', { ticket: opened.ticket })).toMatchObject({
      outcome: 'applied',
    });
    picked = join(tempDir(), 'pulled-out.scpack');
    expect(await staffCall(dialogKiosk, 'openContentPack', {})).toMatchObject({
      outcome: 'refused',
      reason: 'corrupt',
      message: expect.stringContaining('cannot be read (ENOENT)'),
    });
  });

  it('a closed file dialog changes nothing', async () => {
    const dialogKiosk = testKiosk({ choosePackFile: () => Promise.resolve(undefined) });
    await signInStaff(dialogKiosk);
    expect(await staffCall(dialogKiosk, 'openContentPack', {})).toEqual({ outcome: 'cancelled' });
  });
});

describe('what a start-up serves', APPLIES, () => {
  it('an app update whose own content is newer replaces the pack, which stays the one to go back to', async () => {
    const dataDir = tempDir('safecall-data-');
    const kiosk = await kioskTrustingSigner(dataDir);
    await install(kiosk, packV2);
    kiosk.close();
    const warnings: string[] = [];
    const updatedApp = contentAt(tempDir(), 5, { minutes: 7 });
    const updated = testKiosk({ dataDir, contentDir: updatedApp, warn: (m) => warnings.push(m) });
    expect(await minutesOf(updated, FACETIME)).toBe(7);
    expect(warnings.join('\n')).toMatch(/revision 5, newer than the installed pack \(revision 2\)/);
    expect(await status(updated)).toMatchObject({
      current: { kind: 'app', revision: 5 },
      previous: { kind: 'pack', revision: 2 },
    });
    // An app update whose content is not newer leaves the pack in place.
    const same = await kioskTrustingSigner();
    await install(same, packV3);
    same.close();
    const older = testKiosk({ dataDir: same.dataDir, contentDir: contentAt(tempDir(), 3, { minutes: 9 }) });
    expect(await minutesOf(older, FACETIME)).toBe(4);
    // Going back now returns to the app's content as this version of the app has it (revision 3), and says so.
    expect((await status(older)).previous).toMatchObject({ kind: 'app', revision: 3 });
    await staffCall(older, 'rollBackContent', {});
    expect(await minutesOf(older, FACETIME)).toBe(9);
  });

  it('a pack folder someone changed is not served when it must be read again: the app content is, with a warning', async () => {
    const dataDir = tempDir('safecall-data-');
    const kiosk = await kioskTrustingSigner(dataDir);
    await install(kiosk, packV2);
    const packId = (await status(kiosk)).current.packId as string;
    kiosk.close();
    writeFileSync(join(packsRoot(dataDir), packId, 'tutorials', `${FACETIME}.yaml`), 'changed on the disk\n');
    // Unchanged region: the database's compiled pack is served as it is, the folder not read.
    expect(await minutesOf(testKiosk({ dataDir }), FACETIME)).toBe(3);
    // A new region (a new kiosk.json) needs the pack compiled again: the changed folder is not trusted.
    const warnings: string[] = [];
    const moved = testKiosk({ dataDir, kioskJson: { region: 'HK' }, warn: (m) => warnings.push(m) });
    expect(await minutesOf(moved, FACETIME)).toBe(2);
    expect(warnings.join('\n')).toMatch(/installed content pack's files .* are missing or were changed/);
    expect(await status(moved)).toMatchObject({ current: { kind: 'app' } });
  });

  it('deletes a folder no record names: what an apply killed half-way leaves', async () => {
    const dataDir = tempDir('safecall-data-');
    testKiosk({ dataDir }).close();
    mkdirSync(join(packsRoot(dataDir), 'b3c1d3f2-0000-4000-8000-000000000000', 'tutorials'), { recursive: true });
    mkdirSync(join(packsRoot(dataDir), '.staging-1234'), { recursive: true });
    testKiosk({ dataDir });
    expect(packFolders(dataDir)).toEqual([]);
  });

  it("trusts the keys shipped in the app's trusted-keys folder, and skips a file that is not one", async () => {
    const keysDir = tempDir('safecall-keys-');
    writeFileSync(join(keysDir, 'network.pub'), `${signer.publicLine}\n`);
    writeFileSync(join(keysDir, 'broken.pub'), 'not a key\n');
    const warnings: string[] = [];
    const kiosk = testKiosk({ dataDir: tempDir('safecall-data-'), appKeysDir: keysDir, warn: (m) => warnings.push(m) });
    await signInStaff(kiosk);
    expect((await status(kiosk)).trustedKeys).toEqual([
      { fingerprint: expect.stringMatching(/^[0-9a-f]{4}( [0-9a-f]{4}){15}$/), from: 'app' },
    ]);
    expect(warnings.join('\n')).toContain('broken.pub is not used');
    expect(await install(kiosk, packV2)).toMatchObject({ outcome: 'applied' });
  });
});
