import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { keyFingerprint, publicKeyBase64, readKey } from '../public-key-text.ts';

export { keyFingerprint, publicKeyBase64 };

/**
 * The keys that sign content packs: Ed25519, node:crypto only. Whoever builds packs keeps the private key
 * (content:keygen writes it); kiosks trust public keys, shipped with the app or added by staff, and name each
 * by its fingerprint: SHA-256 of the public key's SPKI DER, the same wherever the key is written down.
 */
export class PackKeyError extends Error {
  override name = 'PackKeyError';
}

export function generatePackKeyPair(): { privateKeyPem: string; publicKey: string; fingerprint: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKeyBase64(publicKey),
    fingerprint: keyFingerprint(publicKey),
  };
}

/** The fingerprint as staff read it aloud or compare it on paper: groups of four. */
export function fingerprintForPeople(fingerprint: string): string {
  return fingerprint.match(/.{1,4}/g)?.join(' ') ?? fingerprint;
}

/** A trusted public key from its base64 SPKI DER (what content:keygen prints). */
export function packPublicKey(text: string): KeyObject {
  return readKey(text, 'public-base64', 'ed25519', (problem) =>
    problem === 'not_a_key'
      ? new PackKeyError('This is not a public key: copy the line npm run content:keygen printed.')
      : new PackKeyError('This is not an Ed25519 key: use the line npm run content:keygen printed.'),
  );
}

/** The signing key from the .pem content:keygen wrote. */
export function packPrivateKey(pem: string): KeyObject {
  return readKey(pem, 'private-pem', 'ed25519', (problem) =>
    problem === 'not_a_key'
      ? new PackKeyError('is not a private key (it should be the safecall-content-key.pem content:keygen wrote)')
      : new PackKeyError('is not an Ed25519 private key (use the safecall-content-key.pem content:keygen wrote)'),
  );
}
