import { z } from 'zod';
import { PACK_MAX_BYTES } from '../../../shared/content-pack-schema.ts';
import { LOCALES } from '../../../shared/locales.ts';

/**
 * A content pack (issue 19): one zip file a manager carries to kiosks that never touch the internet.
 *
 *   manifest.json   what the pack is (id, version, date, minimum app version, locales, tutorials) and the
 *                   SHA-256 of every content file, as the exact bytes that were signed
 *   manifest.sig    which key signed it (its fingerprint) and the Ed25519 signature over manifest.json
 *   content/...     the content files, as in the repository's content/ folder
 *
 * Only the manifest is signed: every other byte is bound to it by its hash, so one signature check and one
 * hash per file prove the whole pack. Zip because any computer can open one to look inside; fflate reads
 * it in memory, never onto the disk, so nothing of a refused pack is ever written.
 */
export const PACK_FORMAT = 'safecall-content-pack/1';
export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';
export const CONTENT_PREFIX = 'content/';

/** Today's content is 1.6 MB of YAML; these leave room for years of it and refuse a zip bomb. */
export interface PackLimits {
  packBytes: number;
  unpackedBytes: number;
  files: number;
}
export const PACK_LIMITS: Readonly<PackLimits> = {
  /** The pack file as it sits on the USB stick. */
  packBytes: PACK_MAX_BYTES,
  /** All its files unpacked, as their zip entries declare and as they turn out. */
  unpackedBytes: 128 * 1024 * 1024,
  /** How many files it may hold. */
  files: 2000,
};

/** A path inside content/: plain names joined by '/', never absolute, never '..', nothing a file system reads twice. */
export const CONTENT_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');
const semverText = z.string().regex(/^\d+\.\d+\.\d+$/, 'a version like 1.4.0');

export const packManifestSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    packId: z.uuid(),
    /** Content revision: a kiosk refuses one older than it has unless staff confirm a rollback. */
    version: z.int().min(1),
    created: z.iso.datetime(),
    minAppVersion: semverText,
    locales: z.array(z.enum(LOCALES)).min(1),
    tutorials: z.array(z.string().min(1)).min(1),
    /** Path inside content/ -> SHA-256 of its bytes. */
    files: z.record(z.string().regex(CONTENT_PATH, 'a plain relative path'), sha256Hex),
  })
  .strict();
export type PackManifest = z.infer<typeof packManifestSchema>;

export const packSignatureSchema = z
  .object({
    /** The signing key's fingerprint (pack-keys.ts): which trusted key to check it with. */
    key: sha256Hex,
    /** Ed25519 over manifest.json's bytes, base64. */
    signature: z.base64(),
  })
  .strict();
export type PackSignature = z.infer<typeof packSignatureSchema>;
