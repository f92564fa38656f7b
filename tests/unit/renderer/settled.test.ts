import { describe, expect, it } from 'vitest';
import { markSettled, settled, settledValue } from '../../../renderer/api/settled.ts';

/** renderer/api/settled.ts: a promise that says what it resolved to, so a screen can draw it at once (issue 18). */
describe('a promise that says what it resolved to', () => {
  it('says nothing while on its way, and its value once it has arrived', async () => {
    let arrive!: (value: string) => void;
    const asked = markSettled(new Promise<string>((resolve) => (arrive = resolve)));
    expect(settledValue(asked)).toBeNull();
    arrive('the guide');
    await asked;
    expect(settledValue(asked)).toEqual({ value: 'the guide' });
  });

  it('says nothing of a failure (the screen shows it, as before) or of a promise never marked', async () => {
    const failed = markSettled(Promise.reject(new Error('the core stumbled')));
    await expect(failed).rejects.toThrow('the core stumbled');
    expect(settledValue(failed)).toBeNull();
    const plain = Promise.resolve('content');
    await plain;
    expect(settledValue(plain)).toBeNull();
  });

  it('makes one already arrived, null included', async () => {
    expect(settledValue(settled(null))).toEqual({ value: null });
    await expect(settled({ code: '48271935' })).resolves.toEqual({ code: '48271935' });
  });
});
