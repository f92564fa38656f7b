import { describe, expect, it } from 'vitest';
import { hashSecret, SCRYPT_COST, verifySecret } from '../../../../electron/core/staff/secret-hash.ts';
import { TEST_COST } from './fake-staff.ts';

describe('a PIN or recovery code is stored only as a salted scrypt hash', () => {
  it('at the named cost (2^17, r 8, p 1), recorded with the hash, and verified by it', async () => {
    const stored = await hashSecret('482916');
    expect(stored).toMatch(/^scrypt\$17\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(SCRYPT_COST).toEqual({ logN: 17, r: 8, p: 1 });
    expect(stored).not.toContain('482916');
    expect(await verifySecret('482916', stored)).toBe(true);
    expect(await verifySecret('482917', stored)).toBe(false);
  });

  it('with a new random salt each time, so the same PIN never hashes alike', async () => {
    const [a, b] = [await hashSecret('1234', TEST_COST), await hashSecret('1234', TEST_COST)];
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifySecret('1234', a)).toBe(true);
    expect(await verifySecret('1234', b)).toBe(true);
  });

  it('verifies a hash made at another cost by the cost stored with it', async () => {
    const cheap = await hashSecret('55556666', TEST_COST);
    expect(cheap.startsWith('scrypt$10$8$1$')).toBe(true);
    expect(await verifySecret('55556666', cheap)).toBe(true);
  });

  it.each([
    ['an empty value', ''],
    ['another scheme', 'bcrypt$10$abc$def'],
    ['a damaged cost', 'scrypt$x$8$1$AAAA$BBBB'],
    ['a cost too high to be ours', 'scrypt$40$8$1$AAAA$BBBB'],
    ['a truncated key', 'scrypt$10$8$1$AAAAAAAAAAAAAAAAAAAAAA$BBBB'],
  ])('never matches %s', async (_what, stored) => {
    expect(await verifySecret('1234', stored)).toBe(false);
  });
});
