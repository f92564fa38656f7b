import { createHash, type KeyObject } from 'node:crypto';

/**
 * How the kiosk writes a public key down (report sealing keys, content-pack signing keys): base64 of its SPKI
 * DER, and its fingerprint, the SHA-256 of that DER in hex: the same wherever the key is written.
 */
export function publicKeyBase64(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'der' }).toString('base64');
}

export function keyFingerprint(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}
