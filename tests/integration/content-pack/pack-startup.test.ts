import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packsRoot } from '../../../electron/core/content-pack/pack-folders.ts';
import { tempDir, testKiosk } from '../../support/temp-dir.ts';
import { signInStaff, staffCall } from '../../support/staff.ts';
import { contentAt, FACETIME, packFolders } from '../../support/content-packs.ts';
import {
  APPLIES,
  install,
  kioskTrustingSigner,
  minutesOf,
  packV2,
  packV3,
  signer,
  status,
} from './pack-apply-shared.ts';

/** What a kiosk serves when it starts (issue 19): an app update over a pack, a pack folder changed on the disk, left-overs. */
describe('what a start-up serves', APPLIES, () => {
  it('an app update whose own content is newer replaces the pack, which stays the one to go back to', async () => {
    const dataDir = tempDir('safecall-data-');
    const kiosk = await kioskTrustingSigner(dataDir);
    await install(kiosk, packV2());
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
    await install(same, packV3());
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
    await install(kiosk, packV2());
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
    expect(await install(kiosk, packV2())).toMatchObject({ outcome: 'applied' });
  });
});
