import { createHash, createPublicKey, randomUUID, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { LOCALES } from '../../../shared/locales.ts';
import { contentFileList } from '../content/content-files.ts';
import { loadContent } from '../content/content-loader.ts';
import { keyFingerprint } from './pack-keys.ts';
import {
  CONTENT_PREFIX,
  MANIFEST_FILE,
  PACK_FORMAT,
  SIGNATURE_FILE,
  type PackManifest,
  type PackSignature,
} from './pack-format.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface PackFields {
  version: number;
  minAppVersion: string;
  /** Defaults: a new id, now. */
  packId?: string;
  created?: string;
}

/**
 * Signs and zips files that are already the pack's content (path inside content/ -> bytes), with whatever
 * manifest fields are given. No content check: `buildPack` is how packs are made; the tests use this to
 * make the broken packs a kiosk must refuse.
 */
export function signPack(
  files: ReadonlyMap<string, Uint8Array>,
  privateKey: KeyObject,
  fields: PackFields & Pick<PackManifest, 'locales' | 'tutorials'>,
): Uint8Array {
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    packId: fields.packId ?? randomUUID(),
    version: fields.version,
    created: fields.created ?? new Date().toISOString(),
    minAppVersion: fields.minAppVersion,
    locales: fields.locales,
    tutorials: fields.tutorials,
    files: Object.fromEntries([...files].map(([path, bytes]) => [path, sha256(bytes)])),
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  const signature: PackSignature = {
    key: keyFingerprint(createPublicKey(privateKey)),
    signature: sign(null, manifestBytes, privateKey).toString('base64'),
  };
  return zipSync({
    [MANIFEST_FILE]: manifestBytes,
    [SIGNATURE_FILE]: Buffer.from(`${JSON.stringify(signature)}\n`),
    ...Object.fromEntries([...files].map(([path, bytes]) => [`${CONTENT_PREFIX}${path}`, bytes])),
  });
}

/**
 * `npm run content:pack`: the repository's content/ as a signed pack, its version the content's own revision
 * (content/revision.yaml, reviewed with the content). The content must pass the kiosk's own check first
 * (every rule content:check runs): a pack of content no kiosk would take is never made.
 */
export function buildPack(contentDir: string, privateKey: KeyObject, fields: Omit<PackFields, 'version'>): Uint8Array {
  const bundle = loadContent(contentDir);
  const files = new Map(
    contentFileList(contentDir).all.map((path) => [path, new Uint8Array(readFileSync(join(contentDir, path)))]),
  );
  return signPack(files, privateKey, {
    ...fields,
    version: bundle.revision,
    locales: [...LOCALES],
    tutorials: bundle.tutorials.map((t) => t.id),
  });
}
