import { describe, expect, it } from 'vitest';
import { kioskApi, type KioskHandlers } from '../../../shared/api.ts';
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
});
