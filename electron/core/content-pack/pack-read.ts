import { createHash, verify, type KeyObject } from 'node:crypto';
import { unzipSync } from 'fflate';
import semver from 'semver';
import type { PackRefusalCode } from '../../../shared/content-pack-schema.ts';
import { keyFingerprint } from './pack-keys.ts';
import {
  CONTENT_PATH,
  CONTENT_PREFIX,
  MANIFEST_FILE,
  PACK_LIMITS,
  packManifestSchema,
  packSignatureSchema,
  SIGNATURE_FILE,
  type PackLimits,
  type PackManifest,
} from './pack-format.ts';

/** Why a pack was refused: a code for the staff screen and the tests (shared/content-pack-schema.ts), and a sentence for people. */
export type PackRefusal = PackRefusalCode;

export class PackRefused extends Error {
  override name = 'PackRefused';
  readonly reason: PackRefusal;
  constructor(reason: PackRefusal, message: string) {
    super(message);
    this.reason = reason;
  }
}

export interface OpenedPack {
  manifest: PackManifest;
  /** Path inside content/ -> bytes, each one checked against the manifest's hash. */
  files: ReadonlyMap<string, Uint8Array>;
  /** The trusted key that signed it. */
  keyFingerprint: string;
}

export interface OpenOptions {
  /** The public keys this kiosk trusts (shipped with the app, or added by staff). */
  trustedKeys: readonly KeyObject[];
  /** The running app's version (package.json). */
  appVersion: string;
  /** PACK_LIMITS unless given (tests use small ones, to build an oversized pack quickly). */
  limits?: Readonly<PackLimits>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Opens a pack in memory and proves it, in this order, refusing at the first thing wrong: its size; a zip
 * that reads whole; only the manifest, the signature and plain paths under content/; a trusted key; a good
 * signature over the manifest's bytes; a manifest of the right shape; every file present with its hash, and
 * nothing else; an app new enough. Nothing is written anywhere: a refused pack leaves no trace.
 */
export function openPack(bytes: Uint8Array, options: OpenOptions): OpenedPack {
  const limits = options.limits ?? PACK_LIMITS;
  if (bytes.byteLength > limits.packBytes)
    throw new PackRefused(
      'too_large',
      `The pack is ${megabytes(bytes.byteLength)}; a content pack is never over ${megabytes(limits.packBytes)}.`,
    );
  const entries = unzipWithin(bytes, limits);

  const contents = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) {
    if (name === MANIFEST_FILE || name === SIGNATURE_FILE || name.endsWith('/')) continue;
    const path = name.startsWith(CONTENT_PREFIX) ? name.slice(CONTENT_PREFIX.length) : undefined;
    if (path === undefined || !CONTENT_PATH.test(path))
      throw new PackRefused(
        'unsafe_path',
        `The pack holds a file at "${name}", outside its content folder: it was not made by content:pack.`,
      );
    contents.set(path, data);
  }
  const manifestBytes = entries[MANIFEST_FILE];
  const signatureBytes = entries[SIGNATURE_FILE];
  if (!manifestBytes || !signatureBytes)
    throw new PackRefused('not_a_pack', 'This file is a zip but not a content pack: it has no signed manifest.');

  const signature = packSignatureSchema.safeParse(parseJson(signatureBytes));
  if (!signature.success) throw new PackRefused('bad_signature', "The pack's signature cannot be read.");
  const key = options.trustedKeys.find((k) => keyFingerprint(k) === signature.data.key);
  if (!key)
    throw new PackRefused(
      'unknown_key',
      `The pack was signed with a key this kiosk does not trust (fingerprint ${signature.data.key.slice(0, 16)}…).`,
    );
  if (!verify(null, manifestBytes, key, Buffer.from(signature.data.signature, 'base64')))
    throw new PackRefused(
      'bad_signature',
      "The pack's signature does not match its manifest: it was changed after it was signed.",
    );

  const manifest = packManifestSchema.safeParse(parseJson(manifestBytes));
  if (!manifest.success)
    throw new PackRefused(
      'bad_manifest',
      `The pack's manifest is not one this app reads: ${manifest.error.issues[0]?.message ?? 'unknown shape'}.`,
    );
  const listed = manifest.data.files;
  for (const [path, hash] of Object.entries(listed)) {
    const data = contents.get(path);
    if (!data)
      throw new PackRefused('missing_file', `The pack's manifest lists ${path}, but the pack does not hold it.`);
    if (sha256(data) !== hash)
      throw new PackRefused('tampered', `${path} in the pack is not the file that was signed.`);
  }
  for (const path of contents.keys())
    if (!(path in listed))
      throw new PackRefused('unexpected_file', `The pack holds ${path}, which its manifest does not list.`);

  if (semver.lt(options.appVersion, manifest.data.minAppVersion))
    throw new PackRefused(
      'app_too_old',
      `This pack needs SafeCall ${manifest.data.minAppVersion} or newer; this kiosk runs ${options.appVersion}. Update the app first.`,
    );
  return { manifest: manifest.data, files: contents, keyFingerprint: signature.data.key };
}

/** Unzips in memory, refusing a file that is not a whole zip and one that unpacks past the limits. */
function unzipWithin(bytes: Uint8Array, limits: Readonly<PackLimits>): Record<string, Uint8Array> {
  let declared = 0;
  let count = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        count += 1;
        declared += file.originalSize;
        if (count > limits.files || declared > limits.unpackedBytes) throw new TooLarge();
        return true;
      },
    });
  } catch (error) {
    if (error instanceof TooLarge)
      throw new PackRefused(
        'too_large',
        `The pack unpacks to more than ${megabytes(limits.unpackedBytes)} or ${limits.files} files.`,
      );
    throw new PackRefused(
      'corrupt',
      'The pack file is damaged or incomplete (it may not have finished copying): copy it again.',
    );
  }
  // What the entries declared is what the filter saw; what they unpacked to is what counts.
  const actual = Object.values(entries).reduce((sum, data) => sum + data.byteLength, 0);
  if (actual > limits.unpackedBytes)
    throw new PackRefused('too_large', `The pack unpacks to more than ${megabytes(limits.unpackedBytes)}.`);
  return entries;
}

class TooLarge extends Error {}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return undefined;
  }
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Where a pack stands against the content a kiosk has: staff confirm before an older one replaces it. */
export function packOrder(
  pack: Pick<PackManifest, 'version'>,
  installed: { version: number } | undefined,
): 'newer' | 'same' | 'older' {
  if (!installed || pack.version > installed.version) return 'newer';
  return pack.version === installed.version ? 'same' : 'older';
}
