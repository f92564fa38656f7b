import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppliedAnswer, ContentPackStatus, OpenContentPackAnswer } from '../../../shared/content-pack-schema.ts';
import { call, tempDir, testKiosk } from '../../support/temp-dir.ts';
import { signInStaff, staffCall } from '../../support/staff.ts';
import { FACETIME, FACETIME_COPY, upload, packFolders } from '../../support/content-packs.ts';
import type { Kiosk } from '../../../electron/core/create-core.ts';
import type { ResultEnvelope } from '../../../shared/api.ts';
import {
  APPLIES,
  install,
  kioskTrustingSigner,
  minutesOf,
  open,
  packV2,
  packV3,
  status,
  tutorials,
} from './pack-apply-shared.ts';

/**
 * Applying content packs (issue 19) through the staff calls, on a real SQLite file: what changes, what a restart
 * serves, going back, and packs applied at once. The packs are real (content:pack's own buildPack, a real Ed25519
 * key); the key is trusted the way staff trust one, by adding it on the kiosk. Refusals: pack-refuse.test.ts;
 * what a start-up serves: pack-startup.test.ts.
 */
describe('applying a content pack', APPLIES, () => {
  it('shows what it would change, applies it in one go, and a restart serves it without importing again', async () => {
    const dataDir = tempDir('safecall-data-');
    const warnings: string[] = [];
    const kiosk = await kioskTrustingSigner(dataDir, { warn: (m) => warnings.push(m) });
    expect(await status(kiosk)).toMatchObject({ current: { kind: 'app', revision: 1 }, pickFile: 'upload' });
    expect((await status(kiosk)).trustedKeys).toEqual([expect.objectContaining({ from: 'staff' })]);

    const opened = await open(kiosk, packV2());
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
    await install(kiosk, packV2());
    await install(kiosk, packV3());
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
    await install(fresh, packV2());
    await staffCall(fresh, 'rollBackContent', {});
    expect(await tutorials(fresh)).toEqual(appContent);
    expect(await status(fresh)).toMatchObject({ current: { kind: 'app' }, previous: { kind: 'pack', revision: 2 } });
    expect(packFolders(fresh.dataDir)).toHaveLength(1);
  });

  it('refuses an older revision unless staff confirm it, and then applies it', async () => {
    const kiosk = await kioskTrustingSigner();
    await install(kiosk, packV3());
    const opened = await open(kiosk, packV2());
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
    const first = await call<OpenContentPackAnswer>(kiosk, 'openContentPack', upload(packV2()), pageOne);
    const second = await call<OpenContentPackAnswer>(kiosk, 'openContentPack', upload(packV3()), pageTwo);
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
    const opened = await open(kiosk, packV2());
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
    expect(await install(kiosk, packV2())).toMatchObject({ outcome: 'applied' });
    expect(await during).toMatchObject({ ok: true, value: { code: expect.any(String) } });
  });

  it('takes a pack only with the ticket of the pack this page opened, and lets it go after 15 minutes', async () => {
    let now = Date.UTC(2026, 11, 7, 10);
    const kiosk = await kioskTrustingSigner(undefined, { now: () => new Date(now) });
    const opened = await open(kiosk, packV2());
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
    await open(kiosk, packV3());
    expect(packFolders(kiosk.dataDir)).toHaveLength(1);
  });
});
