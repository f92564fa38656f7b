import { browserPrinter } from '../../electron/core/print/printer.ts';
import { describe, expect, it } from 'vitest';
import type { CallResponse } from '../../shared/api.ts';
import type { PrintResult } from '../../shared/checklist-schema.ts';
import { call, testKiosk } from '../support/temp-dir.ts';
import { staffCall } from '../support/staff.ts';

type Health = CallResponse<'getHealth'>;

describe('staff health', () => {
  it('say nothing about voices until the page has reported them', async () => {
    expect((await staffCall<Health>(testKiosk(), 'getHealth', {})).voices).toEqual({
      reported: false,
      available: [],
      missing: [],
    });
  });

  it('list the enabled languages with and without a read-aloud voice', async () => {
    const kiosk = testKiosk({ kioskJson: { locales: ['zh-Hant', 'en', 'ar'] } });
    await call(kiosk, 'reportVoices', { locales: ['en', 'zh-Hant'] });
    const health = await staffCall<Health>(kiosk, 'getHealth', {});
    expect(health.voices).toEqual({ reported: true, available: ['zh-Hant', 'en'], missing: ['ar'] });
    expect(health.content.tutorials).toBeGreaterThan(20);
    expect(health.content.unconfirmed).toBeGreaterThan(0);
  });

  it('report a visit log that is being written', async () => {
    const kiosk = testKiosk();
    await call(kiosk, 'startVisit', {});
    expect((await staffCall<Health>(kiosk, 'getHealth', {})).visitLog).toEqual({
      ok: true,
      pending: 0,
      dropped: 0,
      failures: 0,
    });
  });

  it("report the printer: the browser's own print in the browser shell; else unknown, then what the last job found", async () => {
    expect((await staffCall<Health>(testKiosk(), 'getHealth', {})).printer).toBe('browser');
    const results: PrintResult[] = [
      { status: 'failed', reason: 'no_paper' },
      { status: 'sent', copies: 1 },
    ];
    const kiosk = testKiosk({
      printer: {
        print: () => Promise.resolve(results.shift() ?? { status: 'failed', reason: 'failed' }),
        list: browserPrinter.list,
      },
    });
    expect((await staffCall<Health>(kiosk, 'getHealth', {})).printer).toBe('unknown');
    const sheet = { sheet: { kind: 'handout', topic: 'iphone', lang: 'en' } };
    await call(kiosk, 'printSheet', sheet);
    expect((await staffCall<Health>(kiosk, 'getHealth', {})).printer).toBe('no_paper');
    await call(kiosk, 'printSheet', sheet);
    expect((await staffCall<Health>(kiosk, 'getHealth', {})).printer).toBe('ready');
  });

  it('refuse a report naming a language the kiosk does not know', async () => {
    expect(await testKiosk().dispatch('reportVoices', { locales: ['fr'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });
});
