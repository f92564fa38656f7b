import { join } from 'node:path';
import { writeNewPrivateFile } from '../private-files.ts';
import { generatePackKeyPair } from './pack-keys.ts';

/** The private key that signs content packs: kept by whoever builds them, never on a kiosk. */
export const PACK_KEY_FILE = 'safecall-content-key.pem';

export class PackKeyFileRefused extends Error {
  override name = 'PackKeyFileRefused';
}

/**
 * `npm run content:keygen`: a new signing key. The private half goes into `outDir`, readable by its owner
 * only, never over an existing key (kiosks that trust the old one would refuse every new pack). The public
 * half and its fingerprint are returned for the kiosks that are to trust it.
 */
export function writePackKey(outDir: string): { file: string; publicKey: string; fingerprint: string } {
  const file = join(outDir, PACK_KEY_FILE);
  const pair = generatePackKeyPair();
  if (!writeNewPrivateFile(file, pair.privateKeyPem))
    throw new PackKeyFileRefused(
      `${file} already exists: kiosks that trust it would refuse packs signed with a new one. Keep it, or move it away first.`,
    );
  return { file, publicKey: pair.publicKey, fingerprint: pair.fingerprint };
}
