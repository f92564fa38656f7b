import { afterEach, describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import { initialJourney, journeyReducer, type JourneyAction } from '../../renderer/flow/journey.ts';
import type { ComponentProps } from 'react';
import type { Locale } from '../../shared/locales.ts';
import { PlanScreen } from '../../renderer/screens/Plan/PlanScreen.tsx';
import { axeViolations } from './axe.ts';
import { mountScreen } from './mount.tsx';
import { realAnswers } from './real-answers.ts';
import { textDrawnOver } from '../support/on-screen.ts';
import { normalized } from './text.ts';

/**
 * Issue 12, "the visitor in a real lobby": the plan screen says what to press first and why each
 * guide is there (audit M9, m5), at the sizes lobbies have, drawn with the plans the real core ranks
 * for real answers (screen-answers.ts). The plan that fits the answers, from the real questions, is
 * tests/e2e/plan-fits-answers.e2e.ts's; a scrolled plan handing the next screen its top is the real
 * frame's, in tests/e2e/checklist-screen.e2e.ts.
 */
const answers = inject('screenAnswers');
const VISIT = '00000000-0000-4000-8000-000000000006';
const LARGEST = 3;
const noop = () => {};

/**
 * The plan screen as App draws it for a visit: App leaves its "more below" sign out on the plan, because the
 * plan counts its own hidden guides. The core answers with the real content unless `api` is given.
 */
function mountPlan(
  locale: Locale,
  given: Pick<ComponentProps<typeof PlanScreen>, 'answers' | 'plan'> & { completed?: string[] },
  options: { api?: ReturnType<typeof realAnswers>; textSize?: number } = {},
) {
  const { api = realAnswers(locale), textSize } = options;
  return mountScreen(
    <PlanScreen
      locale={locale}
      visitId={VISIT}
      answers={given.answers}
      plan={given.plan}
      completed={given.completed ?? []}
      dispatch={noop}
    />,
    { locale, api, moreBelow: false, ...(textSize === undefined ? {} : { textSize }) },
  );
}

/** The screen is drawn (its calls answered) once `ready` matches something visible. */
async function drawn(ready: string) {
  await expect.poll(() => (document.querySelector(ready)?.getClientRects().length ?? 0) > 0).toBe(true);
}
const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
const texts = (selector: string) => all(selector).map((e) => normalized(e.textContent ?? ''));
const onScreen = (element: Element) => expect.element(page.elementLocator(element)).toBeInViewport({ ratio: 1 });
/** Saved for people to look at, beside the e2e tests' pictures: test-results/screens/<locale>/<name>.png */
const photo = (locale: string, name: string) =>
  page.screenshot({ path: `../../test-results/screens/${locale}/${name}.png` });

describe('the plan screen', () => {
  // The kiosk's own size again for whatever runs next in this page.
  afterEach(() => page.viewport(1280, 800));

  it('zh-Hant, 1280 x 800, the first text size: a plan of five fits, one filled Start with "Do this first" on it, "I\'m finished" outlined, and why each guide is there', async () => {
    const a = answers['zh-Hant'];
    const { answers: given, plan } = a.fivePlans['phone-iphone'];
    await mountPlan('zh-Hant', { answers: given, plan: plan.actions });
    await drawn('.plan-item__because');
    const items = all('.plan-item');
    expect(items).toHaveLength(5);
    for (const item of items) await onScreen(item);
    expect(all('.plan__more')).toHaveLength(0);
    // The "Do this first" tab on the first card's edge covers neither the progress line nor the title.
    expect(textDrawnOver('.app__scroll')).toEqual([]);
    expect(all('.plan .big-button--primary')).toHaveLength(1);
    expect(items[0]!.querySelector('.big-button--primary')).not.toBeNull();
    expect(items[0]!.querySelector('.badge--first')).not.toBeNull();
    expect(document.querySelector('.plan__finish')!.classList).toContain('big-button--secondary');
    // Why each guide is there, under its title: the answer's "because", or the baseline's.
    const option = (id: string) => a.questions.questions.flatMap((q) => q.options).find((o) => o.id === id);
    const expected = plan.actions.map((x) =>
      normalized((x.reason === 'baseline' ? a.questions.baselineBecause : option(x.reason)?.because) ?? '?'),
    );
    expect(texts('.plan-item__because')).toEqual(expected);
    expect(texts('.plan-item__because')[1]).toBe(
      '因為你說曾經有人打電話來，叫你共享螢幕、安裝應用程式或者告訴對方驗證碼。',
    );
    await photo('zh-Hant', 'plan-five-fit');
    expect(await axeViolations(), 'axe on the plan').toEqual([]);
  });

  it('ar, a returning visitor: "Do this first" and the filled Start move to the first guide not done, "I\'m finished" is filled, and no "because" lines', async () => {
    // The journey as the code screen leaves it: the plan the real core reopened for the code.
    const { returning } = answers.ar;
    const actions: JourneyAction[] = [
      { type: 'touch' },
      { type: 'languageChosen', locale: 'ar', visitId: VISIT },
      // phone-language: "Your phone's menus are in…", answered before the first question.
      { type: 'phoneLanguageChosen', phoneLocale: 'ar' },
      { type: 'openResume' },
      { type: 'resumed', actions: returning.actions, completed: returning.completed },
    ];
    const journey = actions.reduce(journeyReducer, initialJourney);
    expect(journey.screen).toBe('plan');
    const api = realAnswers('ar');
    await mountPlan('ar', { answers: journey.answers, plan: journey.plan, completed: journey.completed }, { api });
    await drawn('.plan-item');
    const items = all('.plan-item');
    expect(items).toHaveLength(3);
    expect(items[0]!.querySelector('.badge--done')).not.toBeNull();
    expect(items[0]!.querySelector('.badge--first')).toBeNull();
    expect(items[1]!.querySelector('.badge--first')).not.toBeNull();
    expect(all('.plan .big-button--primary')).toHaveLength(2);
    expect(items[1]!.querySelector('.big-button--primary')).not.toBeNull();
    expect(document.querySelector('.plan__finish')!.classList).toContain('big-button--primary');
    // A resumed plan keeps content ids only, nothing the visitor said: no "because" lines, even once
    // the questions (where the lines come from) have loaded.
    await expect.poll(() => api.calls.some((c) => c.call === 'getQuestions')).toBe(true);
    await painted();
    expect(all('.plan-item__because')).toHaveLength(0);
    await photo('ar', 'plan-resumed-next-first');
    expect(await axeViolations(), 'axe on the resumed plan').toEqual([]);
  });

  it('es, 1366 x 768, the largest text: "because" under each guide, and "N more below" brings up the guides under the fold one by one', async () => {
    await page.viewport(1366, 768);
    const a = answers.es;
    const { answers: given, plan } = a.fivePlans['phone-samsung'];
    // The first frame the guides are painted in already has the cue: it once came a frame later and pushed
    // the step buttons along (issue 18).
    const firstFrame = new Promise<{ cue: boolean }>((resolve) => {
      const look = () => {
        if (document.querySelector('.plan-item')) resolve({ cue: document.querySelector('.plan__more') !== null });
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await mountPlan('es', { answers: given, plan: plan.actions }, { textSize: LARGEST });
    expect(await firstFrame).toEqual({ cue: true });
    await drawn('.plan-item__because');
    expect(all('.plan-item')).toHaveLength(5);
    expect(all('.plan-item__because')).toHaveLength(5);
    expect(texts('.plan-item__because')[0]).toBe(
      'Porque nos dijo que alguien le llamó y le pidió compartir su pantalla, instalar una aplicación o darle un código.',
    );
    await drawn('.plan__more');
    const more = () => document.querySelector('.plan__more');
    await onScreen(more()!);
    await photo('es', 'plan-largest-more-below');
    expect(await axeViolations(), 'axe on the plan with "more below"').toEqual([]);
    // The cue counts the guides whose Start button is not wholly above the step buttons, and each tap
    // brings the next one up.
    const hidden = () => {
      const barTop = document.querySelector('.step-nav')!.getBoundingClientRect().top;
      return all('.plan-item__start').filter((b) => b.getBoundingClientRect().bottom > barTop + 1).length;
    };
    const cue = () => normalized(more()?.textContent ?? '');
    const says = (n: number) => (n === 1 ? 'Queda 1 más abajo' : `Quedan ${n} más abajo`);
    // Settled: the cue and the boxes agree (the bar's height is measured once it is drawn).
    await expect.poll(() => cue() === says(hidden())).toBe(true);
    const scroller = document.querySelector('.app__scroll')!;
    let left = hidden();
    expect(left).toBeGreaterThan(0);
    // Focus on a sticky step button (Tab, a switch) leaves the guides where they are.
    document.querySelector<HTMLButtonElement>('.plan__finish')!.focus();
    expect(scroller.scrollTop).toBe(0);
    while (left > 0) {
      await expect.poll(cue).toBe(says(left));
      // A real tap (a pointer, not a keyboard's click), found by its words whatever the count.
      await page.getByRole('button', { name: /más abajo/ }).click();
      await expect.poll(hidden).toBeLessThan(left);
      left = hidden();
    }
    await expect.poll(() => more()).toBeNull();
    await onScreen(all('.plan-item__start').at(-1)!);
    await photo('es', 'plan-largest-scrolled');
  });

  it('reads the guide "Do this first" is on while the visitor reads the plan, in the language on screen, without a visit (nothing logged)', async () => {
    const { answers: given, plan } = answers.vi.fivePlans['phone-iphone'];
    const [done, next] = plan.actions.map((action) => action.tutorialId);
    const api = realAnswers('vi');
    await mountPlan('vi', { answers: given, plan: plan.actions, completed: [done!] }, { api });
    await drawn('.plan-item__start');
    const opened = () => api.calls.filter((c) => c.call === 'openTutorial').map((c) => c.request);
    await expect.poll(opened).toEqual([{ tutorialId: next, locale: 'vi' }]);
  });
});

/** Two frames: an answer the screen asked for has been drawn. */
function painted(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}
