import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_KEY_FILE } from '../../../electron/core/content-pack/pack-key-file.ts';
import { fingerprintForPeople, keyFingerprint, packPublicKey } from '../../../electron/core/content-pack/pack-keys.ts';
import { readRevision } from '../../../electron/core/content/content-revision.ts';
import { openPack } from '../../../electron/core/content-pack/pack-read.ts';
import { REPO_ROOT, tempDir } from '../../support/temp-dir.ts';

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
