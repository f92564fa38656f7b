import {
  createCipheriv,
  createPublicKey,
  createDecipheriv,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { SEAL_ALGORITHM, type SealedPart } from './export-format.ts';
import { keyFingerprint, publicKeyBase64, readKey } from '../public-key-text.ts';

/**
 * Sealing an export's exact counts to the centre's report key, and opening them in the merge tool. Only
 * node:crypto: X25519 for the key agreement, HKDF-SHA256 for the key, AES-256-GCM for the counts.
 */

const HKDF_INFO = Buffer.from('safecall visit report seal v1');

/** Why a key or a sealed part was refused, in words for the person running the tool. */
export class SealError extends Error {
  override name = 'SealError';
}

/** The centre's public key from its base64 SPKI DER (what report:keygen prints for kiosk.json). */
export function publicKeyFromBase64(text: string): KeyObject {
  return readKey(text, 'public-base64', 'x25519', (problem) =>
    problem === 'not_a_key'
      ? new SealError('reports.sealingKey is not a public key: copy the line npm run report:keygen printed.')
      : new SealError('reports.sealingKey is not an X25519 key: use the line npm run report:keygen printed.'),
  );
}

export function privateKeyFromPem(pem: string): KeyObject {
  return readKey(pem, 'private-pem', 'x25519', (problem) =>
    problem === 'not_a_key'
      ? new SealError('is not a private key (it should be the safecall-report-key.pem report:keygen wrote)')
      : new SealError('is not an X25519 private key (use the safecall-report-key.pem report:keygen wrote)'),
  );
}

export function generateReportKeyPair(): { privateKeyPem: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKeyBase64(publicKey),
  };
}

function contentKey(shared: Buffer, ephemeralDer: Buffer, recipientDer: Buffer): Buffer {
  // Both public keys salt the derivation, so the key belongs to this one exchange.
  const salt = Buffer.concat([ephemeralDer, recipientDer]);
  return Buffer.from(hkdfSync('sha256', shared, salt, HKDF_INFO, 32));
}

/**
 * Encrypts `plaintext` to `recipient`. `boundTo` (the header fields a reader trusts: format, kiosk label,
 * range) is authenticated with it, so a file whose label or range was edited no longer opens.
 */
export function seal(plaintext: string, recipient: KeyObject, boundTo: string): SealedPart {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralDer = ephemeral.publicKey.export({ type: 'spki', format: 'der' });
  const recipientDer = recipient.export({ type: 'spki', format: 'der' });
  const key = contentKey(
    diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient }),
    ephemeralDer,
    recipientDer,
  );
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(boundTo));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    algorithm: SEAL_ALGORITHM,
    keyFingerprint: keyFingerprint(recipient),
    ephemeralKey: ephemeralDer.toString('base64'),
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Opens a sealed part with the centre's private key; a wrong key or any change is a SealError. */
export function openSealed(sealed: SealedPart, privateKey: KeyObject, boundTo: string): string {
  const recipient = createPublicKey(privateKey);
  if (sealed.keyFingerprint !== keyFingerprint(recipient))
    throw new SealError(
      `its exact counts are sealed to another report key (fingerprint ${sealed.keyFingerprint.slice(0, 16)}…, this key is ${keyFingerprint(recipient).slice(0, 16)}…)`,
    );
  try {
    const ephemeral = createPublicKey({ key: Buffer.from(sealed.ephemeralKey, 'base64'), format: 'der', type: 'spki' });
    const key = contentKey(
      diffieHellman({ privateKey, publicKey: ephemeral }),
      Buffer.from(sealed.ephemeralKey, 'base64'),
      recipient.export({ type: 'spki', format: 'der' }),
    );
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(boundTo));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new SealError('its sealed exact counts do not open: the file was changed after the kiosk wrote it');
  }
}
