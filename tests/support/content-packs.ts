import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packsRoot } from '../../electron/core/content-pack/pack-folders.ts';
import { publicKeyBase64 } from '../../electron/core/content-pack/pack-keys.ts';
import { buildPack } from '../../electron/core/content-pack/pack-write.ts';

/** A signing key as content:keygen makes one: the private key, and the public line staff type or paste. */
export function packSigner(): { privateKey: KeyObject; publicLine: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicLine: publicKeyBase64(createPublicKey(privateKey)) };
}

export const FACETIME = 'iphone-turn-off-facetime';
/** The copy of the FaceTime guide some packs add: a tutorial the app's own content does not have. */
export const FACETIME_COPY = `${FACETIME}-again`;

const REPO_CONTENT = join(import.meta.dirname, '..', '..', 'content');

/**
 * A copy of the real content at `revision`, in `into/content`: the FaceTime guide takes `minutes` (2 in the real
 * content), and the copy of it is added when `addCopy` is set. What a content team changes between two packs.
 * No test-runner import here (the folder is the caller's, a vitest tempDir or Playwright's), so both share it.
 */
export function contentAt(
  into: string,
  revision: number,
  change: { minutes?: number; addCopy?: boolean } = {},
): string {
  const dir = join(into, 'content');
  cpSync(REPO_CONTENT, dir, { recursive: true });
  writeFileSync(join(dir, 'revision.yaml'), `revision: ${revision}\n`);
  const file = join(dir, 'tutorials', `${FACETIME}.yaml`);
  const text = readFileSync(file, 'utf8');
  const changed = change.minutes === undefined ? text : text.replace('minutes: 2', `minutes: ${change.minutes}`);
  writeFileSync(file, changed);
  if (change.addCopy)
    writeFileSync(
      join(dir, 'tutorials', `${FACETIME_COPY}.yaml`),
      changed.replace(`id: ${FACETIME}`, `id: ${FACETIME_COPY}`),
    );
  return dir;
}

/** A pack of a content folder, signed as content:pack signs it. */
export const packOf = (contentDir: string, signer: { privateKey: KeyObject }, minAppVersion = '0.1.0') =>
  buildPack(contentDir, signer.privateKey, { minAppVersion });

/** The browser shell's upload of a pack file, as the staff page sends it. */
export const upload = (bytes: Uint8Array, name = 'safecall-content.scpack') => ({
  upload: { name, base64: Buffer.from(bytes).toString('base64') },
});

/** What is under a data folder's content-packs/ (pack folders and staging folders), sorted. */
export const packFolders = (dataDir: string): string[] =>
  existsSync(packsRoot(dataDir)) ? readdirSync(packsRoot(dataDir)).sort() : [];
