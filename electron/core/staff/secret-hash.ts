import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt's cost, as OWASP's password storage guidance gives it for scrypt: N = 2^17, r = 8, p = 1
 * (128 MiB and, on a small kiosk PC, a few hundred milliseconds per PIN). A 4-digit PIN cannot be
 * made safe against someone who copies the database and guesses offline (10^4 tries at any cost is
 * hours at most): that is what the private data folder and the lockout are for. The cost makes that
 * take hours rather than a second, and the 6-8 digit PINs and the 59-bit recovery code much longer,
 * while a volunteer waits well under a second. Hashing runs off the main thread (async scrypt), so
 * the kiosk keeps drawing meanwhile.
 */
export const SCRYPT_COST = { logN: 17, r: 8, p: 1 } as const;
export type ScryptCost = { logN: number; r: number; p: number };

/** 16 random bytes: a salt per hash, so equal PINs on two kiosks (or PIN and code) never hash alike. */
const SALT_BYTES = 16;
const KEY_BYTES = 32;

function optionsOf(cost: ScryptCost): ScryptOptions {
  const N = 2 ** cost.logN;
  // scrypt needs about 128 * N * r bytes; Node refuses anything over its 32 MiB default unless told.
  return { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r };
}

function derive(secret: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFKC'), salt, KEY_BYTES, optionsOf(cost), (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

const encode = (cost: ScryptCost, salt: Buffer, key: Buffer) =>
  ['scrypt', cost.logN, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');

/**
 * Hashes a PIN or recovery code as `scrypt$logN$r$p$salt$key` (base64url): the cost is stored with
 * the hash, so raising SCRYPT_COST later still verifies the hashes made before.
 */
export async function hashSecret(secret: string, cost: ScryptCost = SCRYPT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  return encode(cost, salt, await derive(secret, salt, cost));
}

/**
 * The same hash, made on the calling thread: only for start-up (kiosk.json's setup code, once per new
 * file), where nothing is drawn yet and the code must be stored before the first call is answered.
 */
export function hashSecretSync(secret: string, cost: ScryptCost = SCRYPT_COST): string {
  const salt = randomBytes(SALT_BYTES);
  return encode(cost, salt, scryptSync(secret.normalize('NFKC'), salt, KEY_BYTES, optionsOf(cost)));
}

/** Whether `secret` is the one hashed; compared in constant time. A stored value it cannot read never matches. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const cost = { logN: Number(logN), r: Number(r), p: Number(p) };
  if (![cost.logN, cost.r, cost.p].every((n) => Number.isInteger(n) && n > 0) || cost.logN > 22) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(secret, Buffer.from(salt, 'base64url'), cost);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
