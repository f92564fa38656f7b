import { describe, expect, it, vi } from 'vitest';
import { createKioskClient, httpTransport } from '../../../renderer/api/kiosk-client.ts';
import { CALL_NAMES, type CallName, type ResultEnvelope } from '../../../shared/api.ts';
import { PAGE_ID_HEADER, STAFF_TOKEN_HEADER } from '../../../shared/staff.ts';
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

  it('name this page on every call with one id made at load, in memory', async () => {
    const fetch = fakeFetch(200, { recorded: true });
    const client = createKioskClient(httpTransport(fetch));
    await client.reportVoices({ locales: [] });
    await client.reportVoices({ locales: ['en'] });
    const ids = fetch.mock.calls.map(([, init]) => (init?.headers as Record<string, string>)[PAGE_ID_HEADER]);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe(ids[0]);
    // The same page's next client (its news stream too: news-client.test.ts) names it alike.
    const same = fakeFetch(200, { recorded: true });
    await createKioskClient(httpTransport(same)).reportVoices({ locales: [] });
    expect((same.mock.calls[0]?.[1]?.headers as Record<string, string>)[PAGE_ID_HEADER]).toBe(ids[0]);
    // Another page load (its modules evaluated afresh), another id.
    vi.resetModules();
    const reloaded = await import('../../../renderer/api/kiosk-client.ts');
    const other = fakeFetch(200, { recorded: true });
    await reloaded.createKioskClient(reloaded.httpTransport(other)).reportVoices({ locales: [] });
    expect((other.mock.calls[0]?.[1]?.headers as Record<string, string>)[PAGE_ID_HEADER]).not.toBe(ids[0]);
  });
});

describe('the staff token, held by the client and never by a screen', () => {
  const TOKEN = 'a'.repeat(43);
  const session = { session: { token: TOKEN, expiresInSeconds: 300 } };

  /** A transport that answers from a script and records the token each call carried. */
  function scripted(answers: Partial<Record<CallName, ResultEnvelope>>) {
    const sent: Array<[CallName, string | undefined]> = [];
    const transport = vi.fn(async (call: CallName, _request: unknown, token?: string): Promise<ResultEnvelope> => {
      sent.push([call, token]);
      return answers[call] ?? { ok: true, value: {} };
    });
    return { client: createKioskClient(transport), sent };
  }

  it('is taken from a sign-in and sent with the calls after it, until sign-out', async () => {
    const { client, sent } = scripted({
      staffSignIn: { ok: true, value: session },
      staffSignOut: { ok: true, value: { signedOut: true } },
      reportVoices: { ok: true, value: { recorded: true } },
    });
    await client.reportVoices({ locales: [] });
    await client.staffSignIn({ pin: '1234' });
    await client.reportVoices({ locales: [] });
    await client.staffSignOut({});
    await client.reportVoices({ locales: [] });
    expect(sent).toEqual([
      ['reportVoices', undefined],
      ['staffSignIn', undefined],
      ['reportVoices', TOKEN],
      ['staffSignOut', TOKEN],
      ['reportVoices', undefined],
    ]);
  });

  it("is dropped at a visitor's visit and when the core refuses it, and kept through an assisted visit", async () => {
    const visit = { ok: true, value: { visitId: crypto.randomUUID() } } as const;
    const { client, sent } = scripted({ staffSignIn: { ok: true, value: session }, startVisit: visit });
    await client.staffSignIn({ pin: '1234' });
    await client.startVisit({ locale: 'ar', assisted: true });
    await client.startVisit({ locale: 'ar' });
    await client.startVisit({ locale: 'ar' });
    expect(sent.map(([, token]) => token)).toEqual([undefined, TOKEN, TOKEN, undefined]);

    const refused = scripted({
      staffSignIn: { ok: true, value: session },
      getReviewList: { ok: false, error: { code: 'unauthorized', message: 'Sign in.' } },
    });
    await refused.client.staffSignIn({ pin: '1234' });
    await expect(refused.client.getReviewList({})).rejects.toMatchObject({ code: 'unauthorized' });
    await refused.client.getReviewList({}).catch(() => undefined);
    expect(refused.sent.map(([, token]) => token)).toEqual([undefined, TOKEN, undefined]);
  });

  it('goes in its header over HTTP, and wrong-PIN answers keep the tries left', async () => {
    const fetch = fakeFetch(401, { code: 'wrong_pin', message: 'That PIN is not right.', triesLeft: 3 });
    const client = createKioskClient(httpTransport(fetch));
    await expect(client.staffSignIn({ pin: '1234' })).rejects.toMatchObject({ code: 'wrong_pin', triesLeft: 3 });
    expect(fetch.mock.calls[0]?.[1]?.headers).not.toHaveProperty(STAFF_TOKEN_HEADER);
    const signedIn = fakeFetch(200, session);
    const staffClient = createKioskClient(httpTransport(signedIn));
    await staffClient.staffSignIn({ pin: '1234' });
    await staffClient.staffSignIn({ pin: '1234' });
    expect(signedIn.mock.calls[1]?.[1]?.headers).toMatchObject({ [STAFF_TOKEN_HEADER]: TOKEN });
  });
});
