import { describe, expect, it, vi } from 'vitest';
import { sendEarly, takeEarly } from '../../../renderer/api/early-calls.ts';
import { createKioskClient, httpTransport } from '../../../renderer/api/kiosk-client.ts';
import { KioskError } from '../../../shared/errors.ts';
import { LOCALE_INFO } from '../../../shared/locales.ts';

const LOCALES = { locales: [LOCALE_INFO.en], defaultLocale: 'en' };
const answer = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status }));

describe("the boot's reads sent before the client exists (boot-early.ts)", () => {
  it('are taken once, for the request sent early and without a staff token', async () => {
    sendEarly('getSettings', async () => 'early');
    expect(takeEarly('getSettings', { locale: 'en' }, undefined)).toBeUndefined();
    expect(takeEarly('getSettings', {}, 'token')).toBeUndefined();
    await expect(takeEarly('getSettings', {}, undefined)).resolves.toBe('early');
    expect(takeEarly('getSettings', {}, undefined)).toBeUndefined();
    expect(takeEarly('listTutorials', {}, undefined)).toBeUndefined();
  });

  it("answer the client's first call, checked against the contract; the next call asks the core", async () => {
    sendEarly('listLocales', async () => ({ ok: true, body: LOCALES }));
    const fetch = answer(200, LOCALES);
    const client = createKioskClient(httpTransport(fetch));
    await expect(client.listLocales({})).resolves.toEqual(LOCALES);
    expect(fetch).not.toHaveBeenCalled();
    await expect(client.listLocales({})).resolves.toEqual(LOCALES);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('are checked like any answer: a wrong one is refused, an error is a KioskError', async () => {
    const client = createKioskClient(httpTransport(answer(200, LOCALES)));
    sendEarly('listLocales', async () => ({ ok: true, body: { locales: [] } }));
    await expect(client.listLocales({})).rejects.toThrow();
    sendEarly('listLocales', async () => ({ ok: false, body: { code: 'not_found', message: 'Nothing here.' } }));
    await expect(client.listLocales({})).rejects.toBeInstanceOf(KioskError);
  });

  it('a read that failed on the way fails the first call only: a retry asks the core', async () => {
    sendEarly('listLocales', () => Promise.reject(new TypeError('Failed to fetch')));
    const client = createKioskClient(httpTransport(answer(200, LOCALES)));
    await expect(client.listLocales({})).rejects.toThrow('Failed to fetch');
    await expect(client.listLocales({})).resolves.toEqual(LOCALES);
  });
});
