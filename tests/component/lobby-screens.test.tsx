import { Fragment, type ReactNode } from 'react';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import { DisplayPanel } from '../../renderer/screens/Display/DisplayPanel.tsx';
import { PlanScreen } from '../../renderer/screens/Plan/PlanScreen.tsx';
import { QuestionFlow } from '../../renderer/screens/Question/QuestionFlow.tsx';
import { ScamNowOverlay } from '../../renderer/screens/ScamNow/ScamNowOverlay.tsx';
import { TutorialPlayerScreen } from '../../renderer/screens/TutorialPlayer/TutorialPlayerScreen.tsx';
import type { Locale } from '../../shared/locales.ts';
import { fullyOnScreen, textDrawnOver } from '../support/on-screen.ts';
import { mountScreen, type Mounted } from './mount.tsx';
import { realAnswers } from './real-answers.ts';

/**
 * The screens community centres actually have (UX audit B3, M7, M10): a donated 1366 x 768 monitor and
 * a 1080 x 1920 portrait totem, at the largest text size, in Traditional Chinese, Spanish and Arabic,
 * each screen drawn on its own with the real content. Each must show what to do before the button
 * that moves on, from element boxes: a question's answers, a step's whole instruction, the plan's
 * first item, the hotline digits whole and unbroken, the Done button of "Text and colours". The
 * urgent buttons never scroll away; on the totem they sit in the lower half, within reach of a seated
 * visitor. Soft expectations: one run names every screen that fails. The real journey at the totem's
 * size stays in tests/e2e/lobby-screens.e2e.ts (Arabic).
 */
const answers = inject('screenAnswers');
const views = inject('tutorialViews');
const VISIT = '00000000-0000-4000-8000-000000000005';
const LARGEST = 3;
const noop = () => {};

const SIZES = [
  { name: 'landscape-1366', width: 1366, height: 768 },
  { name: 'portrait-1080', width: 1080, height: 1920 },
] as const;
const LOCALES: readonly Locale[] = ['zh-Hant', 'es', 'ar'];

function box(selector: string | Element): DOMRect {
  const element = typeof selector === 'string' ? document.querySelector(selector) : selector;
  if (!element) throw new Error(`no box for ${String(selector)}`);
  return element.getBoundingClientRect();
}

/** Wholly on screen: below the top bar (landscape) or above it (portrait), above `above` if given, inside the window. */
function expectInView(what: Element, label: string, above?: string) {
  const b = box(what);
  expect.soft(b.top, `${label}: top on screen`).toBeGreaterThanOrEqual(0);
  expect.soft(b.bottom, `${label}: bottom on screen`).toBeLessThanOrEqual(window.innerHeight + 1);
  const bar = box('.top-bar');
  if (bar.top < window.innerHeight / 2)
    expect.soft(b.top, `${label}: below the top bar`).toBeGreaterThanOrEqual(bar.bottom - 1);
  else expect.soft(b.bottom, `${label}: above the bottom bar`).toBeLessThanOrEqual(bar.top + 1);
  const next = above ? document.querySelector(above) : null;
  if (next) expect.soft(b.bottom, `${label}: above the button that moves on`).toBeLessThanOrEqual(box(next).top + 1);
}

/** The urgent and help buttons: always on screen; on a portrait totem, in its lower half, with the step buttons. */
function expectUrgentReachable(label: string, portrait: boolean) {
  for (const selector of ['.top-bar__scam-now', '.top-bar__after-scam', '.top-bar__help']) {
    expect.soft(fullyOnScreen(selector), `${label}: ${selector} on screen`).toBe(true);
    if (portrait)
      expect.soft(box(selector).top, `${label}: ${selector} in the lower half`).toBeGreaterThan(window.innerHeight / 2);
  }
  if (portrait && document.querySelector('.step-nav'))
    expect
      .soft(box('.step-nav').top, `${label}: the step buttons in the lower half`)
      .toBeGreaterThan(window.innerHeight / 2);
}

/**
 * Scrolls as a mouse wheel over `selector` would: the nearest box around it that can scroll, to its
 * end (whichever box that is, so a layout that scrolls the wrong box is seen).
 */
function wheelToEnd(selector: string) {
  for (let box = document.querySelector(selector); box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) {
      box.scrollTop = box.scrollHeight;
      return;
    }
  }
  document.scrollingElement?.scrollTo(0, document.scrollingElement.scrollHeight);
}

/** Draws `screen` afresh and waits until `ready` matches something visible (its calls answered). */
async function show(kiosk: Mounted, where: string, screen: ReactNode, ready: string) {
  await kiosk.show(<Fragment key={where}>{screen}</Fragment>);
  await expect
    .poll(() => (document.querySelector(ready)?.getClientRects().length ?? 0) > 0, { message: where })
    .toBe(true);
}

describe('the lobby screens centres have, at the largest text', () => {
  // The kiosk's own size again for whatever runs next in this page.
  afterAll(() => page.viewport(1280, 800));

  for (const size of SIZES) {
    it.for(LOCALES)(`${size.name}, %s: what to do is in view before the button that moves on`, async (locale) => {
      const portrait = size.height > size.width;
      await page.viewport(size.width, size.height);
      const a = answers[locale];
      const [first, second] = a.questions.questions;
      if (!first || !second) throw new Error(`${locale}: fewer than two questions`);
      const kiosk = await mountScreen(null, { locale, api: realAnswers(locale), textSize: LARGEST });

      // Text and colours: the largest size, and its Done button still in view.
      const display = { textSize: LARGEST, theme: 'standard', speechRate: 'normal' } as const;
      await show(
        kiosk,
        'text and colours',
        <DisplayPanel display={display} speechAvailable={false} onChange={noop} onClose={noop} />,
        'dialog[open].display',
      );
      expect.soft(fullyOnScreen('.display .modal__close'), 'text and colours: Done on screen').toBe(true);

      // Question 1: every answer in view.
      await show(kiosk, 'question', <QuestionFlow locale={locale} index={0} answers={{}} dispatch={noop} />, '.answer');
      expectUrgentReachable('question', portrait);
      expect.soft(textDrawnOver('.app__scroll'), 'question: text drawn over text').toEqual([]);
      for (const [i, answer] of document.querySelectorAll('.answer').entries()) expectInView(answer, `answer ${i + 1}`);

      // Question 2 (several answers): every answer above Next.
      const q2 = { [first.id]: a.lobbyAnswers[first.id] ?? [] };
      await show(
        kiosk,
        'apps',
        <QuestionFlow locale={locale} index={1} answers={q2} dispatch={noop} />,
        '.question__options',
      );
      for (const [i, answer] of document.querySelectorAll('.answer').entries())
        expectInView(answer, `app answer ${i + 1}`, '.step-nav__next');

      // The plan: the first item whole, above the buttons.
      const plan = a.lobbyPlan.actions;
      await show(
        kiosk,
        'plan',
        <PlanScreen
          locale={locale}
          visitId={VISIT}
          answers={a.lobbyAnswers}
          plan={plan}
          completed={[]}
          dispatch={noop}
        />,
        '.plan-item',
      );
      expectInView(document.querySelector('.plan-item')!, 'first plan item', '.plan .step-nav');
      expectUrgentReachable('plan', portrait);
      expect.soft(textDrawnOver('.app__scroll'), 'plan: text drawn over text').toEqual([]);

      // The plan's first guide: its version question, if it asks one, then its second step.
      const tutorial = views[locale].find((t) => t.id === plan[0]?.tutorialId);
      const variant = tutorial?.variants[0];
      if (!tutorial || !variant) throw new Error(`${locale}: the plan's first guide is not served`);
      const player = (variantId: string | null, stepIndex: number) => (
        <TutorialPlayerScreen
          locale={locale}
          visitId={VISIT}
          tutorialId={tutorial.id}
          variantId={variantId}
          stepIndex={stepIndex}
          versionUnsure={false}
          canOpen={() => true}
          dispatch={noop}
        />
      );
      if (tutorial.variants.length > 1) {
        await show(kiosk, 'version', player(null, 0), '.version__choice');
        for (const choice of document.querySelectorAll('.version__choice, .version__unsure'))
          expectInView(choice, 'version answer');
      }
      await show(kiosk, 'step', player(variant.id, Math.min(1, variant.steps.length - 1)), '.step__text');
      expectInView(document.querySelector('.step__text')!, 'step instruction', '.step-nav');
      // On the totem the picture of the phone takes the full width.
      if (portrait && document.querySelector('.phone__frame'))
        expect.soft(box('.phone__frame').width, 'the phone picture, full width').toBeGreaterThan(size.width * 0.8);
      expectUrgentReachable('step', portrait);
      // Nothing written over anything else: the picture's legend and the last-verified line under it.
      expect.soft(textDrawnOver('.app__scroll'), 'step: text drawn over text').toEqual([]);

      // Scrolled to the end of a long step, the urgent buttons are still there.
      wheelToEnd('.step__text');
      expectUrgentReachable('scrolled step', portrait);

      // Someone is calling me now: every number whole, on one line, in view.
      await show(
        kiosk,
        'scam now',
        <ScamNowOverlay locale={locale} visitId={VISIT} onClose={noop} />,
        '.scam-now .hotline__number',
      );
      const numbers = [...document.querySelectorAll('.scam-now .hotline__number')];
      for (const [i, number] of numbers.entries()) {
        number.setAttribute('data-probe', String(i));
        expect.soft(fullyOnScreen(`[data-probe="${i}"]`), `${number.textContent} in view`).toBe(true);
        const lines = new Set([...number.getClientRects()].map((r) => Math.round(r.top))).size;
        expect.soft(lines, `${number.textContent} on one line`).toBe(1);
      }
      // The numbers stay put while the advice scrolls.
      const before = box(numbers[0]!).top;
      wheelToEnd('.scam-now .urgent__steps');
      expect.soft(Math.abs(box(numbers[0]!).top - before), 'the numbers do not scroll').toBeLessThan(2);
    });
  }
});
