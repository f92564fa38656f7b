import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/locales.ts';
import { contentFileList } from '../../../electron/core/content/content-files.ts';
import { readRevision } from '../../../electron/core/content/content-revision.ts';
import { checkPackContent, stagePack } from '../../../electron/core/content-pack/pack-content.ts';
import { PACK_LIMITS } from '../../../electron/core/content-pack/pack-format.ts';
import {
  fingerprintForPeople,
  keyFingerprint,
  packPrivateKey,
  packPublicKey,
  publicKeyBase64,
} from '../../../electron/core/content-pack/pack-keys.ts';
import {
  openPack,
  packOrder,
  PackRefused,
  type OpenedPack,
  type PackRefusal,
} from '../../../electron/core/content-pack/pack-read.ts';
import { buildPack, signPack } from '../../../electron/core/content-pack/pack-write.ts';
import { copyOfContent, dropLocale, editYaml, REPO_ROOT, tempDir } from '../../support/temp-dir.ts';

/**
 * Content packs (issue 19): what a kiosk takes from a USB stick, and every way it refuses one. Real keys
 * (node:crypto Ed25519), real zips (fflate), the real content folder. A refused pack is refused before
 * anything of it is written anywhere.
 */
const APP = '0.1.0';
const ed25519 = () => generateKeyPairSync('ed25519').privateKey;
let signer: KeyObject;
let trusted: KeyObject;
let good: Uint8Array;

beforeAll(() => {
  signer = ed25519();
  trusted = createPublicKey(signer);
  good = buildPack(join(REPO_ROOT, 'content'), signer, { minAppVersion: '0.1.0' });
});

const open = (bytes: Uint8Array, keys: KeyObject[] = [trusted], appVersion = APP) =>
  openPack(bytes, { trustedKeys: keys, appVersion });
/** The pack's entries, changed by `edit`, zipped again: what someone with the file but not the key can make. */
function rezip(bytes: Uint8Array, edit: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  edit(entries);
  return zipSync(entries);
}
function refusal(make: () => unknown): PackRefusal | 'accepted' {
  try {
    make();
    return 'accepted';
  } catch (error) {
    if (error instanceof PackRefused) return error.reason;
    throw error;
  }
}
const contentFiles = (dir: string) =>
  new Map(contentFileList(dir).all.map((p) => [p, new Uint8Array(readFileSync(join(dir, p)))]));
const fields = { version: 8, minAppVersion: '0.1.0', locales: [...LOCALES], tutorials: ['x'] };

describe('a signed content pack', () => {
  it('opens whole: the manifest says what it holds, and every file is the content that was packed', () => {
    const pack = open(good);
    expect(pack.manifest).toMatchObject({
      format: 'safecall-content-pack/1',
      version: readRevision(join(REPO_ROOT, 'content')),
      minAppVersion: '0.1.0',
      locales: [...LOCALES],
    });
    expect(pack.manifest.tutorials.length).toBeGreaterThan(20);
    expect(pack.keyFingerprint).toBe(keyFingerprint(trusted));
    const content = contentFiles(join(REPO_ROOT, 'content'));
    expect([...pack.files.keys()].sort()).toEqual([...content.keys()].sort());
    for (const [path, bytes] of content)
      expect(Buffer.from(pack.files.get(path)!).equals(Buffer.from(bytes)), path).toBe(true);
  });

  it('passes every content:check rule once staged, as the repository does', () => {
    const report = checkPackContent(open(good), tempDir('safecall-stage-'));
    expect(report.errors).toEqual([]);
  });

  it('names its key the same way on both sides: the fingerprint of the public key content:keygen prints', () => {
    const printed = publicKeyBase64(trusted);
    expect(keyFingerprint(packPublicKey(printed))).toBe(keyFingerprint(trusted));
    expect(fingerprintForPeople(keyFingerprint(trusted))).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    const pem = signer.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(keyFingerprint(createPublicKey(packPrivateKey(pem)))).toBe(keyFingerprint(trusted));
  });

  it('is never built from content that fails the check', () => {
    const dir = copyOfContent();
    editYaml(join(dir, 'hotlines.yaml'), (f) => {
      delete f.regions;
    });
    expect(() => buildPack(dir, signer, { minAppVersion: '0.1.0' })).toThrow(/hotlines\.yaml/);
  });
});

describe('a pack a kiosk refuses', () => {
  it('signed with a key the kiosk does not trust', () => {
    expect(refusal(() => open(good, [createPublicKey(ed25519())]))).toBe('unknown_key');
    expect(refusal(() => open(good, []))).toBe('unknown_key');
  });

  it('whose manifest was changed after signing (a newer version number written in)', () => {
    const bumped = rezip(good, (e) => {
      const manifest = JSON.parse(Buffer.from(e['manifest.json']!).toString()) as { version: number };
      manifest.version = 99;
      e['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2));
    });
    expect(refusal(() => open(bumped))).toBe('bad_signature');
  });

  it("whose signature is another key's, claiming to be the trusted one", () => {
    const forged = rezip(good, (e) => {
      const other = signPack(new Map([['a.yaml', strToU8('a')]]), ed25519(), fields);
      const theirs = JSON.parse(Buffer.from(unzipSync(other)['manifest.sig']!).toString()) as { signature: string };
      e['manifest.sig'] = strToU8(JSON.stringify({ key: keyFingerprint(trusted), signature: theirs.signature }));
    });
    expect(refusal(() => open(forged))).toBe('bad_signature');
  });

  it('with one byte of one content file changed', () => {
    const tampered = rezip(good, (e) => {
      const file = e['content/hotlines.yaml']!;
      const at = file.length - 2;
      file[at] = (file[at] ?? 0) ^ 1;
    });
    expect(refusal(() => open(tampered))).toBe('tampered');
  });

  it('truncated (a copy that did not finish), or not a zip at all', () => {
    expect(refusal(() => open(good.slice(0, Math.floor(good.length / 2))))).toBe('corrupt');
    expect(refusal(() => open(good.slice(0, good.length - 10)))).toBe('corrupt');
    expect(refusal(() => open(strToU8('safecall content, honest')))).toBe('corrupt');
  });

  it('with a path that escapes its content folder, in any spelling', () => {
    for (const name of [
      'content/../evil.yaml',
      '../evil.yaml',
      '/etc/evil.yaml',
      'content/a/../../evil.yaml',
      'content/.hidden',
      'content\\..\\evil.yaml',
      'evil.yaml',
    ]) {
      const escaping = rezip(good, (e) => {
        e[name] = strToU8('x');
      });
      expect(
        refusal(() => open(escaping)),
        name,
      ).toBe('unsafe_path');
    }
  });

  it('too large as a file, or as what it unpacks to (a zip bomb), or in files', () => {
    // The kiosk's limits, scaled down so the test builds its oversized packs in a moment.
    const limits = { packBytes: 4 * 1024 * 1024, unpackedBytes: 8 * 1024 * 1024, files: 100 };
    const within = (bytes: Uint8Array) => openPack(bytes, { trustedKeys: [trusted], appVersion: APP, limits });
    expect(refusal(() => within(new Uint8Array(limits.packBytes + 1)))).toBe('too_large');
    expect(refusal(() => open(new Uint8Array(PACK_LIMITS.packBytes + 1)))).toBe('too_large');
    const bomb = zipSync({ 'content/zeros.yaml': new Uint8Array(limits.unpackedBytes + 1) });
    expect(bomb.length).toBeLessThan(limits.packBytes / 100);
    expect(refusal(() => within(bomb))).toBe('too_large');
    const many = zipSync(
      Object.fromEntries(Array.from({ length: limits.files + 1 }, (_, i) => [`content/f${i}.yaml`, strToU8('x')])),
    );
    expect(refusal(() => within(many))).toBe('too_large');
    // An entry that claims to be small is unpacked only as far as it claims (no more memory than that), and is
    // then not the file that was signed.
    const lying = Buffer.from(good);
    const name = Buffer.from('content/hotlines.yaml');
    const central = lying.indexOf(Buffer.concat([name]), lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))) - 46;
    const local = lying.indexOf(name) - 30;
    lying.writeUInt32LE(100, central + 24);
    lying.writeUInt32LE(100, local + 22);
    expect(refusal(() => open(new Uint8Array(lying)))).toBe('tampered');
  });

  it('a zip that is not a pack: no signed manifest', () => {
    expect(refusal(() => open(zipSync({ 'content/hotlines.yaml': strToU8('x') })))).toBe('not_a_pack');
  });

  it('holding a file its manifest does not list, or missing one it does', () => {
    const extra = rezip(good, (e) => {
      e['content/tutorials/extra.yaml'] = strToU8('id: extra');
    });
    expect(refusal(() => open(extra))).toBe('unexpected_file');
    const missing = rezip(good, (e) => {
      delete e['content/questions.yaml'];
    });
    expect(refusal(() => open(missing))).toBe('missing_file');
  });

  it('that needs a newer app than the kiosk runs', () => {
    const future = buildPack(join(REPO_ROOT, 'content'), signer, { minAppVersion: '2.0.0' });
    expect(refusal(() => open(future))).toBe('app_too_old');
    expect(refusal(() => open(future, [trusted], '2.0.0'))).toBe('accepted');
  });

  it('whose manifest is signed but not one this app reads', () => {
    const odd = signPack(new Map([['a.yaml', strToU8('a')]]), signer, { ...fields, version: 0 });
    expect(refusal(() => open(odd))).toBe('bad_manifest');
  });

  it('signed, but holding content that fails the check: schema-invalid, or a language missing', () => {
    const broken = copyOfContent();
    editYaml(join(broken, 'questions.yaml'), (f) => {
      f.questions = 'not a list';
    });
    const invalid = open(signPack(contentFiles(broken), signer, fields));
    expect(checkPackContent(invalid, tempDir('safecall-stage-')).errors).toContainEqual(
      expect.objectContaining({ file: 'questions.yaml' }),
    );

    const partial = copyOfContent();
    editYaml(join(partial, 'hotlines.yaml'), (f) =>
      dropLocale((f.regions as Record<string, { hotlines: Array<{ name: unknown }> }>).HK!.hotlines[0]!.name, 'ar'),
    );
    const unfinished = open(signPack(contentFiles(partial), signer, fields));
    expect(checkPackContent(unfinished, tempDir('safecall-stage-')).errors).toContainEqual(
      expect.objectContaining({ file: 'hotlines.yaml', message: expect.stringMatching(/ar/) }),
    );
  });
});

describe('staging a pack', () => {
  it('never writes outside its folder, even for a pack forged past openPack', () => {
    const outer = tempDir('safecall-stage-outer-');
    const stage = join(outer, 'stage');
    const forged: OpenedPack = { ...open(good), files: new Map([['../escaped.yaml', strToU8('x')]]) };
    expect(refusal(() => stagePack(forged, stage))).toBe('unsafe_path');
    expect(existsSync(join(outer, 'escaped.yaml'))).toBe(false);
    expect(existsSync(stage) ? readdirSync(stage) : []).toEqual([]);
  });
});

describe('a pack against the content a kiosk has', () => {
  it('is newer, the same, or older (an older one needs staff to confirm a rollback)', () => {
    expect(packOrder({ version: 3 }, undefined)).toBe('newer');
    expect(packOrder({ version: 3 }, { version: 2 })).toBe('newer');
    expect(packOrder({ version: 3 }, { version: 3 })).toBe('same');
    expect(packOrder({ version: 3 }, { version: 4 })).toBe('older');
  });
});
