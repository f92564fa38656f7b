import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { App } from '../../renderer/App.tsx';
import { createI18n } from '../../renderer/i18n/i18n.ts';
import type { Locale } from '../../shared/locales.ts';
import { fakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';

/**
 * Choosing a language on the whole page (renderer/App.tsx, flow/use-language-choice.ts), on a fake core
 * whose startVisit answers only when the test says: the next screen is drawn for the very next frame, in the
 * chosen language from its first drawing (it once showed a frame in the language before), and the visit's id
 * lands when the core gives it, for the events logged before it came.
 */
const answers = inject('screenAnswers');
const CORE_ID = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

// Taken before any test stops the clock: waiting for the page must not move its time.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
afterEach(() => {
  vi.useRealTimers();
});

/** Waits on the real clock until `selector` is on screen (ten seconds at most: a loaded machine, not a wait). */
async function until(selector: string) {
  for (let tries = 0; tries < 500; tries += 1) {
    if (document.querySelector(selector)?.checkVisibility()) return;
    await new Promise((resolve) => realSetTimeout(resolve, 20));
  }
  throw new Error(`waited ten seconds for ${selector}`);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const click = (selector: string) => {
  const target = document.querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`nothing to tap at ${selector}`);
  target.click();
};

/**
 * The whole page on a fake core whose startVisit answers with `startVisit`'s promise (or never), opened at the
 * language screen. The chime is off: the idle warning plays nothing in a test.
 */
async function atLanguageScreen(startVisit: () => Promise<{ visitId: string }>) {
  const settings = { ...answers.en.settings, idle: { ...answers.en.settings.idle, chime: false } };
  const api = fakeKiosk({
    listLocales: () => answers.en.listLocales,
    getSettings: () => settings,
    reportVoices: () => ({ recorded: true }),
    startVisit,
    getQuestions: ({ locale }) => answers[locale].questions,
    listTutorials: ({ locale }) => answers[locale].tutorials,
  });
  await mountScreen(<App />, { api, frame: false });
  await until('.attract__surface');
  click('.attract__surface');
  await until('main.language .language__choice');
  return { api, settings };
}

describe('choosing a language', () => {
  it('draws the next screen for the next frame, only ever in the chosen words, while the visit starts on the side', async () => {
    let startVisit: (answer: { visitId: string }) => void = () => {};
    const { api } = await atLanguageScreen(() => new Promise((resolve) => (startVisit = resolve)));

    const korean: Locale = 'ko';
    const title = createI18n().getFixedT(korean)('phoneLanguage.title');
    // Every heading the page draws from the tap on, however briefly: the words it replaced as well as the last.
    const headings: string[] = [];
    const inHeading = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest('main h1');
    const watch = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData' && inHeading(record.target)) headings.push(record.oldValue ?? '');
        if (record.type === 'childList' && inHeading(record.target))
          for (const gone of record.removedNodes) headings.push(gone.textContent ?? '');
      }
      const heading = document.querySelector('main h1')?.textContent;
      if (heading) headings.push(heading);
    });
    watch.observe(document.body, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
    click('.language__choice[lang="ko"]');
    await nextFrame();
    // The core has not answered startVisit, and the next screen is there, in Korean, with the page's language.
    expect(api.calls.filter((c) => c.call === 'startVisit')).toEqual([
      { call: 'startVisit', request: { locale: 'ko' } },
    ]);
    expect(document.querySelector('main.phone-language h1')?.textContent).toBe(title);
    expect(document.documentElement.lang).toBe('ko');
    watch.disconnect();
    expect(new Set(headings)).toEqual(new Set([title]));

    // On to the questions, still without a visit id; "I need help" opened now is logged once the id comes.
    click('main.phone-language .language__choice');
    await until('main.question');
    click('.top-bar__help');
    await until('.help');
    const helpLogged = () => api.calls.filter((c) => c.call === 'recordEvent').map((c) => c.request);
    expect(helpLogged()).toEqual([]);
    startVisit({ visitId: CORE_ID });
    for (let tries = 0; tries < 100 && helpLogged().length === 0; tries += 1) await nextFrame();
    expect(helpLogged()).toEqual([{ visitId: CORE_ID, kind: 'help_requested' }]);
    // One visit for one choice.
    expect(api.calls.filter((c) => c.call === 'startVisit')).toHaveLength(1);
  });

  it('keeps no visit whose start never answered for "continue" after the idle reset: its plan could never load', async () => {
    // startVisit never answers.
    const { settings } = await atLanguageScreen(() => new Promise(() => {}));
    click('.language__choice[lang="ko"]');
    await until('main.phone-language');
    // The clock stops before the last touch: from that touch on, the idle minutes run on it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    // A real pointer's tap: the idle timer starts again on those.
    await userEvent.click(document.querySelector<HTMLElement>('main.phone-language .language__choice')!);
    await until('main.question');
    const { warnAfterSeconds, countdownSeconds } = settings.idle;
    await vi.advanceTimersByTimeAsync(warnAfterSeconds * 1000);
    await until('.idle__stay');
    await vi.advanceTimersByTimeAsync(countdownSeconds * 1000);
    await until('.attract__surface');
    expect(document.querySelector('.attract__continue')).toBeNull();
  });
});
