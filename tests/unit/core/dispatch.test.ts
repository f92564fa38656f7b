import { describe, expect, it } from 'vitest';
import { kioskApi, staffCalls, type KioskHandlers } from '../../../shared/api.ts';
import { createDispatch } from '../../../electron/core/dispatch.ts';

/** Handlers that record being reached: the door must refuse bad requests before any of them runs. */
function stubHandlers() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    Object.keys(kioskApi).map((name) => [
      name,
      () => {
        calls.push(name);
        throw new Error(`The stub for ${name} was reached at /home/kiosk/secret.ts:12`);
      },
    ]),
  ) as unknown as KioskHandlers;
  return { handlers, calls };
}

describe('the core door (createDispatch) refuses what the contract does not allow', () => {
  it.each([
    ['a missing field', 'listTutorials', {}, 'locale'],
    ['a locale we do not have', 'listTutorials', { locale: 'fr' }, 'locale'],
    ['an extra field', 'listTutorials', { locale: 'en', name: 'Alice' }, '(whole value)'],
    ['a non-object', 'getSettings', 'hello', '(whole value)'],
    ['null', 'getSettings', null, '(whole value)'],
    ['an id with free text', 'openTutorial', { tutorialId: 'My name is Alice', locale: 'en' }, 'tutorialId'],
    ['a language the kiosk does not know', 'reportVoices', { locales: ['fr'] }, 'locales.0'],
  ])(
    'answer invalid_request, naming the field, for %s, without running the handler',
    async (_what, name, payload, path) => {
      const { handlers, calls } = stubHandlers();
      const result = await createDispatch(handlers, () => {})(name, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      if (result.ok) return;
      expect(result.error.issues?.map((i) => i.path)).toContain(path);
      expect(calls).toEqual([]);
    },
  );

  it.each(['dropAllTables', '__proto__', 'constructor', 'toString'])(
    'answer unknown_call for %s, a name not in the contract',
    async (name) => {
      const { handlers, calls } = stubHandlers();
      expect(await createDispatch(handlers, () => {})(name, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_call' },
      });
      expect(calls).toEqual([]);
    },
  );

  it('hand a valid request to its handler, and answer a failure inside it generically, with no stack or path', async () => {
    const { handlers, calls } = stubHandlers();
    const logged: string[] = [];
    const result = await createDispatch(handlers, (message) => logged.push(message))('listTutorials', { locale: 'en' });
    expect(calls).toEqual(['listTutorials']);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/ask a member of staff/) },
    });
    expect(JSON.stringify(result)).not.toMatch(/secret\.ts|at /);
    expect(logged).toEqual(['SafeCall core: listTutorials failed']);
  });

  it('refuse a staff call without a staff session before reading its request, and never reach its handler', async () => {
    const { handlers, calls } = stubHandlers();
    const door = createDispatch(handlers, () => {});
    for (const call of staffCalls())
      for (const payload of [{}, { junk: 'x'.repeat(50) }, null])
        expect(await door(call, payload, { caller: 'window:1', token: 'a'.repeat(43) })).toMatchObject({
          ok: false,
          error: { code: 'unauthorized' },
        });
    expect(calls).toEqual([]);
  });

  it('hand a handler only who called and whether they are staff, never the token', async () => {
    const seen: unknown[] = [];
    const handlers = {
      ...stubHandlers().handlers,
      getHealth: (...args: unknown[]) => {
        seen.push(args);
        throw new Error('stop here');
      },
      startVisit: (...args: unknown[]) => {
        seen.push(args);
        return { visitId: crypto.randomUUID() };
      },
    } as unknown as KioskHandlers;
    const checks: Array<{ extend: boolean }> = [];
    const sessions = {
      check: (from: { token: string | undefined }, options: { extend: boolean }) => {
        checks.push(options);
        return from.token === 'T'.repeat(43);
      },
    };
    const door = createDispatch(handlers, () => {}, sessions);
    const staff = { caller: 'window:1', token: 'T'.repeat(43) };
    await door('getHealth', {}, staff);
    await door('startVisit', { locale: 'en' }, staff);
    await door('startVisit', { locale: 'en', assisted: true }, staff);
    expect(await door('startVisit', { assisted: true }, { caller: 'window:1', token: undefined })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(seen).toEqual([
      [{}, { caller: 'window:1', staff: true }],
      [
        { locale: 'en', assisted: false },
        { caller: 'window:1', staff: true },
      ],
      [
        { locale: 'en', assisted: true },
        { caller: 'window:1', staff: true },
      ],
    ]);
    expect(JSON.stringify(seen)).not.toContain('T'.repeat(43));
    // Staff calls and staff requests extend the session; a visitor's call only asks.
    expect(checks).toEqual([{ extend: true }, { extend: false }, { extend: true }, { extend: true }]);
  });
});

// Issue 18: a cached tutorial is the same frozen object on every open; the door checks it against the contract
// once and hands out that checked copy after. A fresh object is checked every time, so a bad one still fails.
describe('the core door checks an answer', () => {
  it('once per frozen answer object, handing out the same checked, frozen copy after', async () => {
    const { handlers } = stubHandlers();
    const answer = Object.freeze({ locale: 'en', tutorials: [] });
    let calls = 0;
    const dispatch = createDispatch({ ...handlers, listTutorials: () => (calls++, answer) } as KioskHandlers, () => {});
    const first = await dispatch('listTutorials', { locale: 'en' });
    const second = await dispatch('listTutorials', { locale: 'en' });
    expect(calls).toBe(2);
    expect(first).toEqual({ ok: true, value: { locale: 'en', tutorials: [] } });
    expect(first.ok && second.ok && first.value === second.value).toBe(true);
    expect(first.ok && Object.isFrozen(first.value)).toBe(true);
  });

  it('every time it is a new object, so an answer outside the contract is never let through', async () => {
    const { handlers } = stubHandlers();
    let good = true;
    const dispatch = createDispatch(
      { ...handlers, listTutorials: () => ({ locale: good ? 'en' : 'fr', tutorials: [] }) } as KioskHandlers,
      () => {},
    );
    expect(await dispatch('listTutorials', { locale: 'en' })).toMatchObject({ ok: true });
    good = false;
    expect(await dispatch('listTutorials', { locale: 'en' })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
