import { browserPrinter } from '../../electron/core/print/printer.ts';
import { readFileSync } from 'node:fs';
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

  it('report the database whole, the content version and date, free disk and the versions', async () => {
    const health = await staffCall<Health>(testKiosk({ kioskJson: { locales: ['en', 'ar'] } }), 'getHealth', {});
    expect(health.database).toEqual({ ok: true });
    expect(health.content.version).toMatch(/^[0-9a-f]{12}$/);
    expect(health.content.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(health.disk.freeBytes).toBeGreaterThan(0);
    const app = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(health.versions).toEqual({ app, node: process.versions.node });
    expect(health.locales).toEqual(['en', 'ar']);
  });

  it('report the clock behind when it is earlier than the newest hour in the visit log', async () => {
    let now = new Date(2026, 11, 6, 14, 10);
    const kiosk = testKiosk({ now: () => now });
    await call(kiosk, 'startVisit', {});
    expect((await staffCall<Health>(kiosk, 'getHealth', {})).clock).toEqual({ ok: true });
    now = new Date(2026, 11, 6, 12, 50);
    expect((await staffCall<Health>(kiosk, 'getHealth', {})).clock).toEqual({
      ok: false,
      behind: 'log',
      later: '2026-12-06T14',
    });
  });

  it('refuse a report naming a language the kiosk does not know', async () => {
    expect(await testKiosk().dispatch('reportVoices', { locales: ['fr'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });
});
