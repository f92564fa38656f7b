import { describe, expect, it } from 'vitest';
import type { CallResponse } from '../../shared/api.ts';
import { REGIONS } from '../../shared/regions.ts';
import { call, testKiosk } from '../support/temp-dir.ts';
import { staffCall } from '../support/staff.ts';

type Advice = CallResponse<'getSafetyAdvice'>;

describe('safety advice and hotlines', () => {
  it("serve the hotlines of the centre's region only", async () => {
    const hk = await call<Advice>(testKiosk({ kioskJson: { region: 'HK' } }), 'getSafetyAdvice', { locale: 'zh-Hant' });
    expect(hk.region).toBe('HK');
    expect(hk.hotlines.map((h) => h.contact)).toContain('18222');
    for (const region of REGIONS.filter((r) => r !== 'HK')) {
      const other = await call<Advice>(testKiosk({ kioskJson: { region } }), 'getSafetyAdvice', { locale: 'en' });
      expect(other.hotlines.map((h) => h.id).filter((id) => id.startsWith('hk-'))).toEqual([]);
    }
  });

  it('give red flags and the "calling me now" steps in the visitor\'s language', async () => {
    const advice = await call<Advice>(testKiosk(), 'getSafetyAdvice', { locale: 'en' });
    expect(advice.redFlags.length).toBeGreaterThanOrEqual(3);
    expect(advice.scamNow.steps.length).toBeGreaterThanOrEqual(3);
    expect(advice.scamScripts.map((s) => s.id)).toContain('fake-police');
  });
});

describe('the staff review list', () => {
  it('list exactly the unconfirmed steps, facilitator notes and hotlines', async () => {
    const { items } = await staffCall<CallResponse<'getReviewList'>>(testKiosk(), 'getReviewList', {});
    for (const item of items) expect(['step', 'note', 'hotline']).toContain(item.kind);
    // The FaceTime tutorial rests only on confirmed facts, so none of its steps is listed.
    expect(items.filter((i) => i.kind === 'step' && i.tutorialId === 'iphone-turn-off-facetime')).toEqual([]);
  });
});
