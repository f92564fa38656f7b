import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppliedAnswer, OpenContentPackAnswer } from '../../../shared/content-pack-schema.ts';
import { buildElectron } from '../../../scripts/build-electron.ts';
import { call, REPO_ROOT, tempDir, testKiosk } from '../../support/temp-dir.ts';
import { staffCall } from '../../support/staff.ts';
import { contentAt, FACETIME, packOf, packSigner, upload } from '../../support/content-packs.ts';

/**
 * The Electron app imports packs on the bundled worker (dist/electron/pack-import-worker.cjs), not the source the
 * other tests run. Electron cannot run here; its main process is Node, so the bundle is proven in Node: built as
 * npm run build builds it, and given to a kiosk as the Electron shell gives it (startup.ts).
 */
let out: string;
beforeAll(async () => {
  // Inside the checkout, so the bundle's require('better-sqlite3') finds node_modules as it does in the app.
  mkdirSync(join(REPO_ROOT, 'dist'), { recursive: true });
  out = mkdtempSync(join(REPO_ROOT, 'dist', '.worker-bundle-'));
  await buildElectron(out);
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the bundled import worker', () => {
  it('applies a pack in one transaction, as the source worker does', async () => {
    const signer = packSigner();
    const kiosk = testKiosk({ packWorkerFile: join(out, 'pack-import-worker.cjs') });
    await staffCall(kiosk, 'addContentPackKey', { publicKey: signer.publicLine, confirm: true });
    const opened = await staffCall<OpenContentPackAnswer>(
      kiosk,
      'openContentPack',
      upload(packOf(contentAt(tempDir(), 2, { minutes: 6 }), signer)),
    );
    if (opened.outcome !== 'ready') throw new Error(JSON.stringify(opened));
    expect(await staffCall<AppliedAnswer>(kiosk, 'applyContentPack', { ticket: opened.ticket })).toMatchObject({
      outcome: 'applied',
      status: { current: { kind: 'pack', revision: 2 } },
    });
    const { tutorials } = await call<{ tutorials: Array<{ id: string; minutes: number }> }>(kiosk, 'listTutorials', {
      locale: 'en',
    });
    expect(tutorials.find((t) => t.id === FACETIME)?.minutes).toBe(6);
  });
});
