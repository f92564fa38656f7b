import { describe, expect, it } from 'vitest';
import { browserPrinter, type PrintJob } from '../../../electron/core/print/printer.ts';
import type { CallResponse } from '../../../shared/api.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';
import { staffCall } from '../../support/staff.ts';

const PLAN = {
  actions: [{ tutorialId: 'general-stop-screen-share' }, { tutorialId: 'iphone-turn-off-facetime' }],
  completed: [],
};

/** A kiosk on a clock the test moves, with a printer that records what it was asked to print. */
async function guessedAt() {
  let now = new Date(2026, 11, 1, 10, 0, 0);
  const jobs: PrintJob[] = [];
  const kiosk = testKiosk({
    now: () => now,
    printer: {
      print: (job) => (jobs.push(job), Promise.resolve({ status: 'sent', copies: job.copies })),
      list: browserPrinter.list,
    },
  });
  const { code } = await call<{ code: string }>(kiosk, 'saveChecklist', PLAN);
  const wrong = (i: number) => String((Number(code) + 1 + i) % 100_000_000).padStart(8, '0');
  return {
    kiosk,
    code,
    jobs,
    wrong,
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

describe('guessing checklist codes', () => {
  it('answer five unknown codes, then refuse every code, the right one too, through every call that looks one up', async () => {
    const { kiosk, code, jobs, wrong } = await guessedAt();
    for (let i = 0; i < 5; i++) {
      expect(await kiosk.dispatch('openChecklist', { code: wrong(i) }), `guess ${i + 1}`).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
    }
    const refused = { ok: false, error: { code: 'too_many_attempts', retryAfterSeconds: 2 } };
    expect(await kiosk.dispatch('openChecklist', { code })).toMatchObject(refused);
    expect(await kiosk.dispatch('composeSheet', { sheet: { kind: 'personal', code, lang: 'en' } })).toMatchObject(
      refused,
    );
    expect(await kiosk.dispatch('printSheet', { sheet: { kind: 'personal', code, lang: 'en' } })).toMatchObject(
      refused,
    );
    expect(jobs).toEqual([]);
    // A handout names no code: nothing to guess, so it is never held up.
    expect(
      await kiosk.dispatch('composeSheet', { sheet: { kind: 'handout', topic: 'iphone', lang: 'en' } }),
    ).toMatchObject({ ok: true });
    expect((await staffCall<CallResponse<'getHealth'>>(kiosk, 'getHealth', {})).resumeCodes).toEqual({ throttled: 3 });
  });

  it('count misses from every call alike, and open the right code again once the wait is over', async () => {
    const { kiosk, code, jobs, wrong, advance } = await guessedAt();
    await kiosk.dispatch('openChecklist', { code: wrong(0) });
    await kiosk.dispatch('composeSheet', { sheet: { kind: 'personal', code: wrong(1), lang: 'en' } });
    await kiosk.dispatch('printSheet', { sheet: { kind: 'personal', code: wrong(2), lang: 'en' } });
    await kiosk.dispatch('openChecklist', { code: wrong(3) });
    await kiosk.dispatch('composeSheet', { sheet: { kind: 'personal', code: wrong(4), lang: 'en' } });
    expect(await kiosk.dispatch('openChecklist', { code })).toMatchObject({
      ok: false,
      error: { code: 'too_many_attempts' },
    });
    advance(2_000);
    expect(await call(kiosk, 'openChecklist', { code })).toEqual(PLAN);
    expect(await call(kiosk, 'printSheet', { sheet: { kind: 'personal', code, lang: 'en' } })).toEqual({
      status: 'sent',
      copies: 1,
    });
    expect(jobs).toHaveLength(1);
    // A right code does not wipe the slate: the next miss brings the next, longer wait.
    await kiosk.dispatch('openChecklist', { code: wrong(5) });
    expect(await kiosk.dispatch('openChecklist', { code })).toMatchObject({
      ok: false,
      error: { code: 'too_many_attempts', retryAfterSeconds: 4 },
    });
  });

  it('tell staff nothing was refused on a kiosk nobody guessed at', async () => {
    const { kiosk } = await guessedAt();
    expect((await staffCall<CallResponse<'getHealth'>>(kiosk, 'getHealth', {})).resumeCodes).toEqual({ throttled: 0 });
  });
});
