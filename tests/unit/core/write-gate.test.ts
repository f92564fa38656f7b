import { describe, expect, it } from 'vitest';
import { createWriteGate } from '../../../electron/core/content-pack/writes-wait.ts';

/** A promise the test settles by hand. */
function hand<T = void>() {
  let settle!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  return { promise, settle, fail };
}
const turns = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the gate between a content pack's import and the main connection's writes", () => {
  it('a write started during an import waits for it; one started after runs at once', async () => {
    const gate = createWriteGate();
    const order: string[] = [];
    const transaction = hand();
    const importing = gate.import(async () => {
      order.push('import starts');
      await transaction.promise;
      order.push('import commits');
    });
    const write = gate.write(() => order.push('write'));
    await turns();
    expect(order).toEqual(['import starts']);
    transaction.settle();
    await Promise.all([importing, write]);
    expect(order).toEqual(['import starts', 'import commits', 'write']);
    await gate.write(() => order.push('later write'));
    expect(order.at(-1)).toBe('later write');
  });

  it('an import waits for the writes already under way (a sign-in hashing its PIN), then runs', async () => {
    const gate = createWriteGate();
    const order: string[] = [];
    const hashing = hand();
    const signIn = gate.write(async () => {
      await hashing.promise;
      order.push('sign-in writes');
    });
    const importing = gate.import(async () => {
      order.push('import');
    });
    await turns();
    expect(order).toEqual([]);
    hashing.settle();
    await Promise.all([signIn, importing]);
    expect(order).toEqual(['sign-in writes', 'import']);
  });

  it('a failed import or write never leaves the gate shut', async () => {
    const gate = createWriteGate();
    await expect(gate.import(() => Promise.reject(new Error('SQLITE_FULL')))).rejects.toThrow('SQLITE_FULL');
    await expect(gate.write(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    await expect(gate.import(() => Promise.resolve('next import'))).resolves.toBe('next import');
    await expect(gate.write(() => 'next write')).resolves.toBe('next write');
  });
});
