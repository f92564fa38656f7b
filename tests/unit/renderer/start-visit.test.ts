import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKioskClient } from '../../../renderer/api/kiosk-client.ts';
import { visitForLanguage } from '../../../renderer/flow/start-visit.ts';
import type { ResultEnvelope } from '../../../shared/api.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CORE_ID = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A core behind the renderer's real client: each call answers as given, or never. */
function core(answers: Partial<Record<string, () => Promise<ResultEnvelope>>>) {
  const calls: string[] = [];
  const api = createKioskClient(async (call) => {
    calls.push(call);
    const answer = answers[call];
    if (!answer) throw new Error(`unexpected call ${call}`);
    return answer();
  });
  return { api, calls };
}

describe('choosing a language never waits on the visit log (audit H1)', () => {
  it("start the visit with the core's id when the core answers", async () => {
    const { api } = core({ startVisit: async () => ({ ok: true, value: { visitId: CORE_ID } }) });
    await expect(visitForLanguage(api, 'zh-Hant')).resolves.toBe(CORE_ID);
  });

  // staff-assist
  it('ask the core for an assisted visit when staff started it ("Help a visitor"), and a visitor\'s own otherwise', async () => {
    const requests: unknown[] = [];
    const api = createKioskClient(async (call, request) => {
      requests.push([call, request]);
      return { ok: true, value: { visitId: CORE_ID } };
    });
    await expect(visitForLanguage(api, 'ar', true)).resolves.toBe(CORE_ID);
    await visitForLanguage(api, 'ar');
    expect(requests).toEqual([
      ['startVisit', { locale: 'ar', assisted: true }],
      ['startVisit', { locale: 'ar' }],
    ]);
  });

  it("start the visitor's own visit when staff's session ended before the visitor chose a language", async () => {
    const requests: unknown[] = [];
    const api = createKioskClient(async (call, request) => {
      requests.push(request);
      return (request as { assisted?: boolean }).assisted
        ? { ok: false, error: { code: 'unauthorized', message: 'Staff mode has ended.' } }
        : { ok: true, value: { visitId: CORE_ID } };
    });
    await expect(visitForLanguage(api, 'zh-Hant', true)).resolves.toBe(CORE_ID);
    expect(requests).toEqual([{ locale: 'zh-Hant', assisted: true }, { locale: 'zh-Hant' }]);
  });

  it('carry on with an id minted here when startVisit fails, as a failed logEvent does', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { api } = core({
      startVisit: async () => ({ ok: false, error: { code: 'storage_full', message: 'The disk is full.' } }),
    });
    const visitId = await visitForLanguage(api, 'ar');
    expect(visitId).toMatch(UUID);
    expect(visitId).not.toBe(CORE_ID);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('carry on with an id minted here when the core cannot be reached', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { api } = core({ startVisit: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(visitForLanguage(api, 'vi')).resolves.toMatch(UUID);
  });
});
