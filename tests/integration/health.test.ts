import { describe, expect, it } from 'vitest';
import type { CallResponse } from '../../shared/api.ts';
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

  it('refuse a report naming a language the kiosk does not know', async () => {
    expect(await testKiosk().dispatch('reportVoices', { locales: ['fr'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });
});
