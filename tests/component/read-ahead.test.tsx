import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useReadAhead } from '../../renderer/api/read-ahead.ts';
import { fakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';

const LOCALES = ['en', 'ar', 'ko', 'vi', 'es', 'id', 'zh-Hans'] as const;
const questions = { questions: [], baselineBecause: 'b' } as never;

/** Whether the page is inside an idle callback now: each one is wrapped to say so while it runs. */
let inIdle = false;
const original = window.requestIdleCallback;
beforeEach(() => {
  window.requestIdleCallback = (run, options) =>
    original((deadline) => {
      inIdle = true;
      try {
        run(deadline);
      } finally {
        inIdle = false;
      }
    }, options);
});
afterEach(() => {
  window.requestIdleCallback = original;
});

/** Each read started: its language, and whether it started in an idle moment. */
let started: { locale: string; idle: boolean }[] = [];

/** A screen that reads ahead, in every language, what `page` names (as App does while the picker is open). */
function Reading({ page }: { page: string | null }) {
  useReadAhead(page, (read) =>
    LOCALES.map((locale) => () => {
      started.push({ locale, idle: inIdle });
      return read.getQuestions({ locale });
    }),
  );
  return <p>{page}</p>;
}

/**
 * renderer/api/read-ahead.ts (issue 18): what the next tap may show is read while the visitor reads this
 * screen, in the page's idle moments: seven reads started together in the frame after a tap held the screen's
 * next frame back by 19 ms on a slow PC.
 */
describe('reading ahead', () => {
  it('starts every read in an idle moment, none while the screen is drawn, and all of them in the end', async () => {
    started = [];
    const api = fakeKiosk({ getQuestions: () => questions });
    const { show } = await mountScreen(<Reading page={null} />, { api });
    expect(started).toEqual([]);
    await show(<Reading page="question" />);
    await expect.poll(() => started.length).toBe(LOCALES.length);
    expect(started).toEqual(LOCALES.map((locale) => ({ locale, idle: true })));
    await expect
      .poll(() => api.calls.filter((c) => c.call === 'getQuestions').map((c) => c.request))
      .toEqual(LOCALES.map((locale) => ({ locale })));
  });

  it('nothing is read while the key is null, and all again for each new key', async () => {
    started = [];
    const api = fakeKiosk({ getQuestions: () => questions });
    const { show } = await mountScreen(<Reading page="question" />, { api });
    await expect.poll(() => started.length).toBe(LOCALES.length);
    await show(<Reading page={null} />);
    const then = started.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(started.length).toBe(then);
    await show(<Reading page="plan" />);
    await expect.poll(() => started.length).toBe(then + LOCALES.length);
  });
});
