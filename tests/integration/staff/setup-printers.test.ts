import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallResponse } from '../../../shared/api.ts';
import type { KioskSettings } from '../../../shared/settings-schema.ts';
import { PAGE_ID_HEADER } from '../../../shared/staff.ts';
import type { Printer } from '../../../electron/core/print/printer.ts';
import { createWebServer, listen } from '../../../electron/web/server.ts';
import { signInStaff, TEST_PIN } from '../../support/staff.ts';
import { call, tempDir, testKiosk } from '../../support/temp-dir.ts';

const anonymous = (caller: string) => ({ caller, token: undefined });
const forbidden = { ok: false, error: { code: 'forbidden' } };

/** A shell that owns printers, as the Electron shell does (its listing is proven in tests/unit/shell). */
const systemPrinter: Printer = {
  print: () => Promise.resolve({ status: 'sent', copies: 1 }),
  list: () =>
    Promise.resolve({ kind: 'system', printers: [{ name: 'Brother_HL', displayName: 'Brother HL (front desk)' }] }),
};

const servers: Array<{ close: () => void }> = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

describe('listPrinters: the printers first-run setup offers', () => {
  it("answers the shell's printers while setup is available, and only staff once the PIN is set", async () => {
    const kiosk = testKiosk({ printer: systemPrinter });
    expect(await call(kiosk, 'listPrinters', {}, anonymous('pad'))).toEqual({
      kind: 'system',
      printers: [{ name: 'Brother_HL', displayName: 'Brother HL (front desk)' }],
    });
    const settings = await call<KioskSettings>(kiosk, 'getSettings', {});
    const { session } = await call<CallResponse<'setupKiosk'>>(
      kiosk,
      'setupKiosk',
      { settings: { ...settings, printer: 'Brother_HL' }, pin: TEST_PIN },
      anonymous('pad'),
    );
    expect((await call<KioskSettings>(kiosk, 'getSettings', {})).printer).toBe('Brother_HL');
    // A visitor at the kiosk afterwards, or another page: refused, not even the names.
    expect(await kiosk.dispatch('listPrinters', {}, anonymous('pad'))).toMatchObject(forbidden);
    expect(await kiosk.dispatch('listPrinters', {}, anonymous('other'))).toMatchObject(forbidden);
    await expect(call(kiosk, 'listPrinters', {}, { caller: 'pad', token: session.token })).resolves.toMatchObject({
      kind: 'system',
    });
  });

  it('is refused on a kiosk kiosk.json provisioned until staff sign in (there is no setup to choose for)', async () => {
    const kiosk = testKiosk({ kioskJson: { centreName: 'Provisioned Centre' }, printer: systemPrinter });
    expect(await kiosk.dispatch('listPrinters', {}, anonymous('pad'))).toMatchObject(forbidden);
    const staff = await signInStaff(kiosk, 'pad');
    await expect(call(kiosk, 'listPrinters', {}, staff)).resolves.toMatchObject({ kind: 'system' });
  });

  it("over HTTP, the browser shell says printing is the browser's (200), then 403 once set up", async () => {
    const kiosk = testKiosk();
    const rendererDir = tempDir('safecall-renderer-');
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
    const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir });
    servers.push(server);
    const port = await listen(server, 0);
    const page = crypto.randomUUID();
    const post = async (name: string, body: unknown) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [PAGE_ID_HEADER]: page },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    expect(await post('listPrinters', {})).toEqual({ status: 200, body: { kind: 'browser' } });
    const settings = (await post('getSettings', {})).body;
    expect((await post('setupKiosk', { settings, pin: TEST_PIN })).status).toBe(200);
    expect(await post('listPrinters', {})).toMatchObject({ status: 403, body: { code: 'forbidden' } });
  });
});
