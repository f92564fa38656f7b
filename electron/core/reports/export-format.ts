import { createHash } from 'node:crypto';
import { z } from 'zod';
import { reportDaySchema, suppressedVisitReportSchema } from '../../../shared/report-schema.ts';

/**
 * The JSON export's format: what a kiosk writes and what `npm run report:merge` reads back. Read with
 * `exportFileSchema`, so a file someone edited or a newer format is refused with the field that is wrong.
 */
export const EXPORT_FORMAT = 'safecall-visit-report';
export const EXPORT_VERSION = 1;

/** How the exact counts are sealed: named in the file, so a future change cannot be misread as this one. */
export const SEAL_ALGORITHM = 'X25519-HKDF-SHA256-AES-256-GCM';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

/**
 * The exact counts, encrypted to the centre's report key (reports.sealingKey): a fresh X25519 key pair per
 * export, ECDH with the centre's public key, HKDF-SHA256 to an AES-256-GCM key. Only the holder of the
 * private key (report:keygen's .pem) can read them; the tag fails on any change to the ciphertext or to
 * the header fields it is bound to (format, version, kiosk label, range).
 */
export const sealedPartSchema = z
  .object({
    algorithm: z.literal(SEAL_ALGORITHM),
    /** SHA-256 of the centre's public key (its SPKI DER), hex: which key can open it. */
    keyFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    /** The export's own one-time public key, base64 of its SPKI DER. */
    ephemeralKey: base64,
    iv: base64,
    ciphertext: base64,
    tag: base64,
  })
  .strict();
export type SealedPart = z.infer<typeof sealedPartSchema>;

export const exportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    kioskLabel: z.string().min(1),
    centreName: z.string(),
    range: z.object({ from: reportDaySchema, to: reportDaySchema }).strict(),
    /** The kiosk's local day of the export; no time, like everything else the visit log keeps. */
    exportedOn: reportDaySchema,
    suppressBelow: z.int().min(2).max(20),
    report: suppressedVisitReportSchema,
    sealed: sealedPartSchema.optional(),
  })
  .strict();
export type ExportFile = z.infer<typeof exportFileSchema>;

/** "Library 2" -> "library-2": the kiosk's label as it goes into a file name. */
export function labelSlug(label: string): string {
  const slug = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  // A label in another script ("大堂") has no Latin letters: a short hash of it still tells two kiosks apart.
  return slug || `kiosk-${createHash('sha256').update(label).digest('hex').slice(0, 8)}`;
}

/** safecall-lobby-2026-11-01-to-2026-11-30 (then .csv or .json). */
export function exportBaseName(label: string, range: { from: string; to: string }): string {
  return `safecall-${labelSlug(label)}-${range.from}-to-${range.to}`;
}
