import type { KeyObject } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyFingerprint, PackKeyError, packPublicKey } from './pack-keys.ts';

/**
 * The keys the app itself trusts: one `<name>.pub` per key in this folder of the installed app, holding the
 * base64 line npm run content:keygen printed. Whoever builds the installer puts the network's key here (the
 * folder ships inside app.asar, so no one on the kiosk can change it); staff add others on the kiosk, by
 * fingerprint, and those live in the database.
 */
export const APP_KEYS_FOLDER = join('electron', 'core', 'content-pack', 'trusted-keys');

export interface TrustedKey {
  key: KeyObject;
  fingerprint: string;
  from: 'app' | 'staff';
  addedDay?: string;
}

/** The app's keys; a file that holds no Ed25519 public key is skipped with a warning, never trusted. */
export function readAppKeys(dir: string, warn: (message: string) => void): TrustedKey[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pub'))
    .sort()
    .flatMap((name) => {
      try {
        const key = packPublicKey(readFileSync(join(dir, name), 'utf8'));
        return [{ key, fingerprint: keyFingerprint(key), from: 'app' as const }];
      } catch (error) {
        if (!(error instanceof PackKeyError)) throw error;
        warn(`SafeCall: the trusted content key ${name} is not used: ${error.message}`);
        return [];
      }
    });
}
