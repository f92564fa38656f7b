import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { OpenContentPackAnswer } from '../../../shared/content-pack-schema.ts';
import { signPack } from '../../../electron/core/content-pack/pack-write.ts';
import { contentFileList } from '../../../electron/core/content/content-files.ts';
import { LOCALES } from '../../../shared/locales.ts';
import { dropLocale, editYaml, tempDir, testKiosk } from '../../support/temp-dir.ts';
import { signInStaff, staffCall } from '../../support/staff.ts';
import { contentAt, FACETIME, packOf, packSigner, packFolders } from '../../support/content-packs.ts';
import { APPLIES, kioskTrustingSigner, open, packV2, signer, status, tutorials } from './pack-apply-shared.ts';

/** Every pack the kiosk refuses (issue 19) leaves the old content served and nothing on the disk, on a real SQLite file. */
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
    const entries = unzipSync(packV2());
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
    ['a truncated file', () => packV2().slice(0, packV2().byteLength - 200), 'corrupt'],
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
    const entries = unzipSync(packV2());
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
    writeFileSync(file, packV2());
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
