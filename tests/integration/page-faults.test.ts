import { describe, expect, it } from 'vitest';
import type { CallResponse } from '../../shared/api.ts';
import { call, testKiosk } from '../support/temp-dir.ts';
import { staffCall } from '../support/staff.ts';

type Health = CallResponse<'getHealth'>;

/** A kiosk whose log lines and clock the test holds. */
function watchedKiosk() {
  const lines: string[] = [];
  let now = Date.UTC(2026, 11, 6, 10, 0, 0);
  const kiosk = testKiosk({ warn: (line) => lines.push(line), now: () => new Date(now) });
  const later = (ms: number) => {
    now += ms;
  };
  return { kiosk, lines, later };
}

describe('faults the page reports', () => {
  it('are counted by kind for staff health, starting from none', async () => {
    const { kiosk } = watchedKiosk();
    expect((await staffCall<Health>(kiosk, 'getHealth', {})).faults).toEqual({ render: 0, uncaught: 0, rejection: 0 });
    await call(kiosk, 'reportFault', { kind: 'render', where: 'plan' });
    await call(kiosk, 'reportFault', { kind: 'render' });
    await call(kiosk, 'reportFault', { kind: 'rejection', where: 'findPhone' });
    expect((await staffCall<Health>(kiosk, 'getHealth', {})).faults).toEqual({ render: 2, uncaught: 0, rejection: 1 });
  });

  it('write one fixed line naming only the kind and the screen', async () => {
    const { kiosk, lines } = watchedKiosk();
    await call(kiosk, 'reportFault', { kind: 'render', where: 'checklist' });
    expect(lines.filter((l) => l.includes('page fault'))).toEqual([
      'SafeCall page fault: a screen failed to draw and was replaced by the restart screen (screen: checklist); 1 since start',
    ]);
  });

  it('log each kind at most once a minute, however many arrive, and still count them all', async () => {
    const { kiosk, lines, later } = watchedKiosk();
    for (let i = 0; i < 50; i += 1) await call(kiosk, 'reportFault', { kind: 'uncaught' });
    await call(kiosk, 'reportFault', { kind: 'render' });
    expect(lines.filter((l) => l.includes('page fault'))).toHaveLength(2);
    later(60_000);
    await call(kiosk, 'reportFault', { kind: 'uncaught' });
    expect(lines.filter((l) => l.includes('page fault')).at(-1)).toBe(
      'SafeCall page fault: an error went uncaught; 51 since start',
    );
    expect((await staffCall<Health>(kiosk, 'getHealth', {})).faults.uncaught).toBe(51);
  });

  it.each([
    ['a message', { kind: 'render', message: 'Cannot read 12345678' }],
    ['a stack', { kind: 'uncaught', stack: 'at PlanScreen (app://kiosk/assets/index.js:1:2)' }],
    ['a kind outside the list', { kind: 'crash' }],
    ['a screen name with digits', { kind: 'render', where: 'code12345678' }],
    ['a screen name with spaces or punctuation', { kind: 'render', where: 'my plan' }],
    ['a screen name longer than 40 letters', { kind: 'render', where: 'a'.repeat(41) }],
    ['an empty screen name', { kind: 'render', where: '' }],
    ['no kind', {}],
  ])('refuse a report carrying %s, and count nothing', async (_label, payload) => {
    const { kiosk, lines } = watchedKiosk();
    expect(await kiosk.dispatch('reportFault', payload)).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect((await staffCall<Health>(kiosk, 'getHealth', {})).faults).toEqual({ render: 0, uncaught: 0, rejection: 0 });
    expect(lines.filter((l) => l.includes('page fault'))).toEqual([]);
  });
});
