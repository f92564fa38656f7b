import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_KEY_FILE } from '../../../electron/core/content-pack/pack-key-file.ts';
import { fingerprintForPeople, keyFingerprint, packPublicKey } from '../../../electron/core/content-pack/pack-keys.ts';
import { readRevision } from '../../../electron/core/content/content-revision.ts';
import { openPack } from '../../../electron/core/content-pack/pack-read.ts';
import { REPO_ROOT, tempDir, testKiosk } from '../../support/temp-dir.ts';
import { staffCall } from '../../support/staff.ts';
import { contentAt, packOf, packSigner } from '../../support/content-packs.ts';

/** npm run content:keygen and content:pack, as whoever builds packs runs them (issue 19). */
const node = (script: string, args: string[], cwd = REPO_ROOT) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', script), ...args], {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, INIT_CWD: cwd },
  });
const { version: APP } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

describe('the content pack tools', () => {
  it('content:keygen writes a private key only its owner reads, prints the public line and its fingerprint, never overwrites', () => {
    const dir = tempDir('safecall-pack-key-');
    const first = node('content-keygen.ts', ['--out', dir]);
    expect(first.status).toBe(0);
    const file = join(dir, PACK_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const line = /^ {2}([A-Za-z0-9+/=]+)$/m.exec(first.stdout)?.[1] ?? '';
    expect(first.stdout).toContain(fingerprintForPeople(keyFingerprint(packPublicKey(line))));
    const before = readFileSync(file, 'utf8');
    const again = node('content-keygen.ts', ['--out', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('content:pack signs the repository content into a pack a kiosk trusting the key opens, and never overwrites one', () => {
    const dir = tempDir('safecall-pack-out-');
    const key = node('content-keygen.ts', ['--out', dir]);
    const publicKey = packPublicKey(/^ {2}([A-Za-z0-9+/=]+)$/m.exec(key.stdout)?.[1] ?? '');
    const made = node('content-pack.ts', ['--key', PACK_KEY_FILE], dir);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    // The pack's version is the content's own revision, as reviewed in content/revision.yaml.
    const revision = readRevision(join(REPO_ROOT, 'content'));
    const pack = openPack(readFileSync(join(dir, `safecall-content-v${revision}.scpack`)), {
      trustedKeys: [publicKey],
      appVersion: APP,
    });
    expect(pack.manifest).toMatchObject({ version: revision, minAppVersion: APP });
    const twice = node('content-pack.ts', ['--key', PACK_KEY_FILE], dir);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('already exists');
  });

  it('content:pack says what is missing and makes nothing without a key or a readable key', () => {
    const dir = tempDir('safecall-pack-out-');
    expect(node('content-pack.ts', [], dir)).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('Usage'),
    });
    expect(node('content-pack.ts', ['--key', 'k.pem', '--version', 'two'], dir)).toMatchObject({ status: 1 });
    expect(node('content-pack.ts', ['--key', 'nowhere.pem'], dir)).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('cannot be read'),
    });
  });
});

// Four runs of the script, each starting the kiosk's core and its workers: more than vitest's usual 30 s on CI.
describe('content:import', { timeout: 120_000 }, () => {
  it("installs a pack on this machine's kiosk as the staff page does, and refuses one it does not trust or an older one without --allow-older", async () => {
    const signer = packSigner();
    const dir = tempDir('safecall-import-');
    const packFile = (revision: number, by = signer) => {
      const file = join(dir, `v${revision}-${by === signer ? 'ours' : 'theirs'}.scpack`);
      writeFileSync(file, packOf(contentAt(tempDir(), revision, { minutes: revision + 2 }), by));
      return file;
    };
    const dataDir = tempDir('safecall-data-');
    const setUp = testKiosk({ dataDir });
    await staffCall(setUp, 'addContentPackKey', { publicKey: signer.publicLine, confirm: true });
    setUp.close();
    const run = (args: string[]) =>
      spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'content-import.ts'), ...args], {
        encoding: 'utf8',
        cwd: dir,
        env: { ...process.env, INIT_CWD: dir, SAFECALL_DATA_DIR: dataDir },
      });

    const untrusted = run([packFile(2, packSigner())]);
    expect(untrusted).toMatchObject({ status: 1, stderr: expect.stringContaining('a key this kiosk does not trust') });
    const v3 = run([packFile(3)]);
    expect(v3.status, v3.stderr).toBe(0);
    expect(v3).toMatchObject({ status: 0, stdout: expect.stringContaining('Content revision 3 installed') });
    expect(v3.stdout).toContain('changed guides: iphone-turn-off-facetime');
    const older = packFile(2);
    expect(run([older])).toMatchObject({ status: 1, stderr: expect.stringContaining('--allow-older') });
    expect(run([older, '--allow-older'])).toMatchObject({ status: 0 });
    expect(run([])).toMatchObject({ status: 1, stderr: expect.stringContaining('Usage') });

    const kiosk = testKiosk({ dataDir });
    expect(await staffCall(kiosk, 'getContentPacks', {})).toMatchObject({
      current: { revision: 2 },
      previous: { revision: 3 },
    });
  });
});
