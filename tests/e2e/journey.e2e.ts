import { expect, test } from './fixtures.ts';
import type { CallResponse } from '../../shared/api.ts';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import { api } from './kiosk-page.ts';

/** An iPhone owner who uses WhatsApp, was video-called by a stranger and asked to share their screen. */
const ANSWERS = ['phone-iphone', 'apps-whatsapp', 'stranger-call-yes', 'asked-to-share-yes'];
/** Every screen is saved for people to look at in these languages. */
const PHOTOGRAPHED: Locale[] = ['zh-Hant', 'ar'];

// The whole journey on the real page, in a CJK language and a right-to-left one. Every screen of it is
// drawn in all eight languages against the real core's answers in tests/component/screens-accessible
// and tutorial-steps; Spanish and Indonesian walks here added 30 s of e2e time and nothing those miss.
for (const locale of ['zh-Hant', 'ar'] as const) {
  test(`${locale}: questions, a plan, two tutorials done, and the done screen`, async ({ page, request, kiosk }) => {
    test.setTimeout(120_000);
    const photo = async (name: string) => {
      if (PHOTOGRAPHED.includes(locale)) await kiosk.snapshot(locale, name);
    };
    const { questions } = await api<CallResponse<'getQuestions'>>(request, 'getQuestions', { locale });
    const plan = await api<CallResponse<'makePlan'>>(request, 'makePlan', {
      locale,
      answers: Object.fromEntries(
        questions.map((q) => [q.id, q.options.filter((o) => ANSWERS.includes(o.id)).map((o) => o.id)]),
      ),
    });
    const { tutorials } = await api<CallResponse<'listTutorials'>>(request, 'listTutorials', { locale });
    const title = (id: string) => tutorials.find((t) => t.id === id)?.title ?? id;
    // "What you changed today" says what is now true, as the checklist does ("FaceTime is off").
    const changed = (id: string) => tutorials.find((t) => t.id === id)?.done ?? id;

    await kiosk.open();
    await photo('01-attract');
    await kiosk.touchToStart();
    await photo('02-language');
    await kiosk.chooseLanguage(LOCALE_INFO[locale].nativeName);
    await expect(page.locator('html')).toHaveAttribute('dir', LOCALE_INFO[locale].dir);
    await photo('03-question-1');
    await kiosk.expectAccessible('question');
    await kiosk.answerQuestions(request, locale, ANSWERS);

    // The plan: the core's ranking, "do this first" on the first, nothing done yet.
    const items = page.locator('.plan-item');
    await expect(items).toHaveCount(plan.actions.length);
    await expect(items.first()).toHaveClass(/plan-item--first/);
    await expect(items.first().locator('.plan-item__title')).toHaveText(title(plan.actions[0]!.tutorialId));
    await photo('04-plan');
    await kiosk.expectAccessible('plan');

    for (const index of [0, 1]) {
      await kiosk.openFromPlan(index);
      if (index === 0) {
        await photo('05-tutorial-first-screen');
        await kiosk.expectAccessible('tutorial');
      }
      await kiosk.finishTutorial();
      // "I did it" returns to the plan, with the tutorial ticked and the count moved on.
      await expect(items.nth(index)).toHaveClass(/plan-item--done/);
    }
    await expect(page.locator('.plan__progress')).toContainText('2');
    await photo('06-plan-two-done');

    await page.locator('.plan__finish').click();
    const done = page.locator('.done__list li');
    await expect(done).toHaveCount(2);
    await expect(done.nth(0)).toContainText(changed(plan.actions[0]!.tutorialId));
    await expect(done.nth(1)).toContainText(changed(plan.actions[1]!.tutorialId));
    await photo('07-done');
    await kiosk.expectAccessible('done');

    await kiosk.endVisit('.done__finish');
    await expect(page.locator('.attract__surface')).toBeVisible();
    // This page's first visit is the one that just ended: no other test's visit is read.
    await expect.poll(async () => (await kiosk.visitEvents(0)).some((e) => e.kind === 'visit_reset')).toBe(true);
    const visit = await kiosk.visitEvents(0);
    expect(visit.filter((e) => e.kind === 'tutorial_completed').map((e) => e.tutorial_id)).toEqual(
      plan.actions.slice(0, 2).map((a) => a.tutorialId),
    );
    expect(visit.some((e) => e.kind === 'done_shown')).toBe(true);
    kiosk.expectNoProblems();
  });
}
