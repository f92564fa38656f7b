import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

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

/** Why a text is not the key asked for: not a key at all, or a key of another kind. */
export type KeyProblem = 'not_a_key' | 'wrong_type';

/**
 * A key read from what a keygen script wrote: a public key's base64 SPKI line, or a private key's PEM. Only a key of
 * `type` is taken; anything else is refused with the error `refuse` makes, so each caller names its own script.
 */
export function readKey(
  text: string,
  form: 'public-base64' | 'private-pem',
  type: 'ed25519' | 'x25519',
  refuse: (problem: KeyProblem) => Error,
): KeyObject {
  let key: KeyObject;
  try {
    key =
      form === 'public-base64'
        ? createPublicKey({ key: Buffer.from(text.trim(), 'base64'), format: 'der', type: 'spki' })
        : createPrivateKey(text);
  } catch {
    throw refuse('not_a_key');
  }
  if (key.asymmetricKeyType !== type) throw refuse('wrong_type');
  return key;
}
