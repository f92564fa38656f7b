import { describe, expect, it, vi } from 'vitest';
import { createKioskClient, httpTransport } from '../../../renderer/api/kiosk-client.ts';
import { CALL_NAMES } from '../../../shared/api.ts';
import { KioskError } from '../../../shared/errors.ts';

function fakeFetch(status: number, body: unknown) {
  return vi.fn(
    async (_url: string | URL | Request, _init?: RequestInit) => new Response(JSON.stringify(body), { status }),
  );
}

describe("the renderer's one door to the core", () => {
  it('offer exactly one method per call of the contract', () => {
    const client = createKioskClient(async () => ({ ok: true, value: {} }));
    expect(Object.keys(client).sort()).toEqual([...CALL_NAMES].sort());
  });

  it('post each call as JSON to /api/<call>, from any page of the kiosk', async () => {
    const fetch = fakeFetch(200, { locale: 'en', tutorials: [] });
    const client = createKioskClient(httpTransport(fetch));
    await expect(client.listTutorials({ locale: 'en' })).resolves.toEqual({ locale: 'en', tutorials: [] });
    expect(fetch).toHaveBeenCalledWith(
      '/api/listTutorials',
      expect.objectContaining({ method: 'POST', body: '{"locale":"en"}' }),
    );
  });

  it('turn an error answer into a typed KioskError', async () => {
    const client = createKioskClient(
      httpTransport(fakeFetch(404, { code: 'not_found', message: 'There is no tutorial "x".' })),
    );
    const error = await client.openTutorial({ tutorialId: 'x', locale: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KioskError);
    expect(error).toMatchObject({ code: 'not_found' });
  });

  it('keep how long to wait when too many codes were tried (the envelope check must not strip it)', async () => {
    const payload = {
      code: 'too_many_attempts',
      message: 'Too many checklist codes were tried.',
      retryAfterSeconds: 4,
    };
    const client = createKioskClient(httpTransport(fakeFetch(429, payload)));
    const error = await client.openChecklist({ code: '12345678' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KioskError);
    expect(error).toMatchObject({ code: 'too_many_attempts', retryAfterSeconds: 4 });
  });

  it('refuse an answer that does not match the contract rather than draw half a screen', async () => {
    const client = createKioskClient(httpTransport(fakeFetch(200, { locale: 'en', tutorials: [{ id: 'x' }] })));
    await expect(client.listTutorials({ locale: 'en' })).rejects.toThrow();
  });
});
