import type { APIRequestContext, Page } from '@playwright/test';
import type { CallResponse } from '../../shared/api.ts';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { RehearsalView } from '../../shared/rehearsal-schema.ts';
import { carryOn, choose, everyPath, startRehearsal } from '../../renderer/flow/rehearsal-walk.ts';
import { expect, test } from './fixtures.ts';
import { api, KioskPage } from './kiosk-page.ts';
import { startShell } from './shell.ts';

/**
 * "Practise a scam call" (issue 20), in the browser shell: every practice call in the real journey, its longest way
 * through (every kind of moment is on it), in 繁體中文 and Arabic (right to left), and one call in each other
 * language. The band saying it is practice never leaves the screen; the urgent buttons work during a call; the
 * idle timer waits while a call rings; the visit log keeps which call and the red flags met, never the choices.
 * Every way through every call is played in the player itself (tests/component/practice-calls.test.tsx): here
 * they took five minutes of the e2e run.
 */

const IPHONE_WHATSAPP = ['phone-iphone', 'apps-whatsapp', 'stranger-call-yes', 'asked-to-share-no'];

async function calls(request: APIRequestContext, locale: Locale): Promise<RehearsalView[]> {
  return (await api<CallResponse<'getSafetyAdvice'>>(request, 'getSafetyAdvice', { locale })).rehearsals;
}

/** The longest way through `call`: every kind of moment (the ringing call, lines, feedback, an ending) is on it. */
const longestPath = (call: RehearsalView) => everyPath(call).reduce((a, b) => (b.length > a.length ? b : a));

/** A visit to its plan, then the list of practice calls. */
async function toPracticeList(kiosk: KioskPage, page: Page, request: APIRequestContext, locale: Locale) {
  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.chooseLanguage(LOCALE_INFO[locale].nativeName);
  await kiosk.answerQuestions(request, locale, IPHONE_WHATSAPP);
  await page.locator('.practice-open').click();
  await expect(page.locator('main.practice .practice-card').first()).toBeVisible();
}

/** Changes the reading language from the top bar, mid-visit, on the same screen. */
async function switchLanguage(page: Page, locale: Locale) {
  await page.locator('.top-bar__language').click();
  await page.locator(`.language-picker .language__choice[lang="${LOCALE_INFO[locale].htmlLang}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[locale].htmlLang);
}

/**
 * Plays `call` along `path` (the choice ids, in turn) from the list, and back to the list. At each moment: the
 * band in view, the caller's line or the ringing call, the choice's feedback at once, the ending and its
 * summary. `check` runs axe and takes the screenshots (the first way through each call).
 */
async function play(kiosk: KioskPage, page: Page, call: RehearsalView, path: string[], check?: { locale: Locale }) {
  const band = page.locator('.rehearsal__band');
  await page.locator(`.practice-card[data-rehearsal="${call.id}"]`).click();
  // axe on each kind of moment once (the ringing call, the first line and its feedback, the ending); every
  // moment on screen for people to look at (SCREENS=1). The component tests check these screens at the
  // largest text in every language and theme.
  const shot = async (name: string, scan = true) => {
    if (!check) return;
    if (scan) await kiosk.expectAccessible(`practice call ${call.id}: ${name}`);
    await kiosk.snapshot(check.locale, `20-practice-${call.id}-${name}`);
  };
  let decision = call.decisions[0]!;
  for (const [i, choiceId] of path.entries()) {
    await expect(band).toBeInViewport({ ratio: 1 });
    if (i === 0) {
      await expect(page.locator('.call--ringing')).toBeVisible();
      await expect(page.locator('h1.call__caller')).toHaveText(call.caller);
      await expect(page.locator('.rehearsal__answer .call__button')).toHaveCount(2);
    } else await expect(page.locator('.call__says')).toHaveText(decision.says!);
    await shot(`${i}-${decision.id}`, i < 2);
    const choice = decision.choices.find((c) => c.id === choiceId)!;
    await page.locator(`.rehearsal__choice[data-choice="${choiceId}"]`).click();
    const feedback = page.locator(`.rehearsal__feedback--${choice.safe ? 'safe' : 'learn'}`);
    await expect(feedback.locator('.rehearsal__said')).toHaveText(choice.feedback);
    await expect(band).toBeInViewport({ ratio: 1 });
    await shot(`${i}-feedback`, i === 1);
    await feedback.locator('.rehearsal__continue').click();
    const next = call.decisions.find((d) => d.id === choice.next);
    if (next) decision = next;
    else {
      const ending = call.endings.find((e) => e.id === choice.next)!;
      const shown = page.locator(`.rehearsal__ending--${ending.kind}`);
      await expect(shown.locator('.rehearsal__said')).toHaveText(ending.text);
      await expect(shown.locator('.rehearsal__checklist')).toContainText(call.checklistLine);
      // The region's real numbers (the e2e kiosk is a Hong Kong centre): the emergency number first.
      await expect(shown.locator('.hotline__number').first()).toBeVisible();
      await expect(band).toBeVisible();
      await shot('ending');
      await shown.locator('.rehearsal__again').click();
      await expect(page.locator(`.practice-card[data-rehearsal="${call.id}"] .badge--done`)).toBeVisible();
      return;
    }
  }
  throw new Error(`${call.id}: ${path.join(' > ')} did not end`);
}

for (const locale of ['zh-Hant', 'ar'] as const) {
  test(`${locale}: every practice call of a Hong Kong centre, its longest way through, reading ${LOCALE_INFO[locale].dir === 'rtl' ? 'right to left' : 'left to right'}`, async ({
    page,
    request,
    kiosk,
  }) => {
    test.setTimeout(240_000);
    const list = await calls(request, locale);
    expect(list.map((c) => c.id).sort()).toEqual([
      'fake-bank-screen-share',
      'fake-police-hk',
      'family-deepfake-call',
      'wechat-sextortion',
    ]);
    await toPracticeList(kiosk, page, request, locale);
    await expect(page.locator('html')).toHaveAttribute('dir', LOCALE_INFO[locale].dir);
    await kiosk.expectAccessible('practice list');
    await kiosk.snapshot(locale, '20-practice-list');
    let played = 0;
    /** The red flags each play met, as the log must keep them: a sorted set, in the order the calls were played. */
    const expected: string[] = [];
    // Each call's longest way, with axe and the screenshots; then the first call again, its shortest way: a call
    // played twice in one visit rings again from the start, and is logged twice.
    const shortest = (call: RehearsalView) => everyPath(call).reduce((a, b) => (b.length < a.length ? b : a));
    const plays = [...list.map((call) => [call, longestPath(call)] as const), [list[0]!, shortest(list[0]!)] as const];
    for (const [i, [call, path]] of plays.entries()) {
      await play(kiosk, page, call, path, i < list.length ? { locale } : undefined);
      played++;
      const walked = path.reduce((p, id) => carryOn(call, choose(call, p, id)), startRehearsal(call));
      expected.push([...new Set(walked.met)].sort().join());
    }
    // The log: each call played started and finished, with its red flags as a set; no choice is kept.
    const log = (await kiosk.visitEvents()).filter((e) => e.kind.startsWith('rehearsal_'));
    expect(log.filter((e) => e.kind === 'rehearsal_started')).toHaveLength(played);
    const finished = log.filter((e) => e.kind === 'rehearsal_finished');
    expect(finished.map((e) => e.red_flags)).toEqual(expected);
    kiosk.expectNoProblems();
  });
}

test('one practice call in each other language, the band and the choices in its words', async ({
  page,
  request,
  kiosk,
}) => {
  test.setTimeout(180_000);
  await toPracticeList(kiosk, page, request, 'en');
  const others: Locale[] = ['en', 'zh-Hans', 'es', 'id', 'vi', 'ko'];
  for (const [i, locale] of others.entries()) {
    if (i > 0) await switchLanguage(page, locale);
    const list = await calls(request, locale);
    const call = list[i % list.length]!;
    await expect(page.locator('.rehearsal__band, main.practice h1').first()).toBeVisible();
    // Every moment of the call, in this language.
    await play(kiosk, page, call, longestPath(call), { locale });
  }
  kiosk.expectNoProblems();
});

test('during a practice call the urgent buttons work, the idle timer waits while it rings and counts after, and the checklist gets its line', async ({
  page,
  request,
  kiosk,
}) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await toPracticeList(kiosk, page, request, 'zh-Hant');
  const [call] = await calls(request, 'zh-Hant');
  // First a checklist saved without any practice call: no line yet.
  await page.locator('main.practice .step-nav__back').click();
  await page.locator('.plan__finish').click();
  await page.locator('.done__checklist').click();
  const preview = page.locator('.checklist-preview .sheet');
  await expect(preview.locator('.sheet__item').first()).toBeVisible();
  await expect(preview.locator('.sheet__practised')).toHaveCount(0);
  await page.locator('main.checklist .step-nav__back').click();
  await page.locator('main.done .practice-open').click();

  await page.locator(`.practice-card[data-rehearsal="${call!.id}"]`).click();
  await expect(page.locator('.call--sounding')).toBeVisible();
  // "Someone is calling me now" opens over the practice call, and closing it returns to the same call.
  await page.locator('.top-bar__scam-now').click();
  await expect(page.locator('.scam-now')).toBeVisible();
  await page.locator('.scam-now .modal__close').click();
  await expect(page.locator('.call--ringing')).toBeVisible();
  // While it rings nobody has touched it, and nobody is wiped: no warning at 2:30 (the usual is at 2:00).
  await page.clock.fastForward('02:30');
  await expect(page.locator('.idle__countdown')).toHaveCount(0);
  await expect(page.locator('.call--ringing')).toBeVisible();
  // But a call left unanswered stops ringing after a minute, as a real one does: then the idle timer counts,
  // and a visit left on a practice call is not kept for the next person.
  await expect(page.locator('.call--sounding')).toHaveCount(0);
  // (A fast-forward fires each due timer once, at its end: the two minutes count from there.)
  await page.clock.fastForward('02:10');
  await expect(page.locator('.idle__countdown')).toBeVisible();
  await page.locator('.idle__stay').click();
  await expect(page.locator('.idle__countdown')).toHaveCount(0);

  // Played to an end (answer, then the safe choice), the call's line is on the checklist saved afresh, ticked.
  const answer = call!.decisions[0]!.choices.find((c) => !c.safe)!;
  await page.locator(`.rehearsal__choice[data-choice="${answer.id}"]`).click();
  await page.locator('.rehearsal__continue').click();
  const next = call!.decisions.find((d) => d.id === answer.next)!;
  await page.locator(`.rehearsal__choice[data-choice="${next.choices.find((c) => c.safe)!.id}"]`).click();
  await page.locator('.rehearsal__continue').click();
  await page.locator('.rehearsal__again').click();
  await page.locator('main.practice .step-nav__back').click();
  await page.locator('.done__checklist').click();
  await expect(preview.locator('.sheet__practised')).toContainText(call!.checklistLine);
});

test('a call keeps its place through a change of language, and can be left at any moment: Back returns to the list, and nothing is logged as finished', async ({
  page,
  request,
  kiosk,
}) => {
  await toPracticeList(kiosk, page, request, 'ar');
  const [call] = await calls(request, 'ar');
  await page.locator(`.practice-card[data-rehearsal="${call!.id}"]`).click();
  const answer = call!.decisions[0]!.choices.find((c) => !c.safe)!;
  await page.locator(`.rehearsal__choice[data-choice="${answer.id}"]`).click();
  await page.locator('.rehearsal__continue').click();
  await expect(page.locator('.call__says')).toHaveText(call!.decisions[1]!.says!);
  // A change of language mid-call keeps the visitor at the same moment, now in the new words, and is not a new call.
  await switchLanguage(page, 'zh-Hant');
  const zh = (await calls(request, 'zh-Hant')).find((c) => c.id === call!.id)!;
  await expect(page.locator('.call__says')).toHaveText(zh.decisions[1]!.says!);
  await page.locator('.rehearsal__leave .step-nav__back').click();
  await expect(page.locator(`.practice-card[data-rehearsal="${call!.id}"]`)).toBeVisible();
  await expect(page.locator('.practice-card .badge--done')).toHaveCount(0);
  await expect
    .poll(async () => (await kiosk.visitEvents()).filter((e) => e.kind.startsWith('rehearsal_')).map((e) => e.kind))
    .toEqual(['rehearsal_started']);
});

test('a mainland centre gets the mainland fake police, in 繁體中文 and Arabic', async ({ page }) => {
  test.setTimeout(180_000);
  const shell = await startShell({
    prefix: 'safecall-e2e-cn-',
    kioskJson: {
      centreName: 'Test Centre CN',
      region: 'CN',
      defaultLocale: 'zh-Hans',
      help: { staffLocation: 'Front desk' },
    },
  });
  try {
    const kiosk = new KioskPage(page, shell);
    await page.goto(shell.baseURL);
    const own = async (locale: Locale) => {
      const answer = await shell.kiosk.dispatch('getSafetyAdvice', { locale });
      if (!answer.ok) throw new Error(answer.error.message);
      return (answer.value as CallResponse<'getSafetyAdvice'>).rehearsals;
    };
    expect((await own('zh-Hans')).map((c) => c.id)).toContain('fake-police-cn');
    expect((await own('zh-Hans')).map((c) => c.id)).not.toContain('fake-police-hk');
    await page.locator('.attract__surface').click();
    await kiosk.chooseLanguage('简体中文');
    await page.locator('.answer').first().waitFor();
    // The questions in order, first answers: the plan, then the practice calls.
    for (;;) {
      if (await page.locator('.plan-item').count()) break;
      if (await page.locator('.find-phone__unsure').count()) await page.locator('.find-phone__unsure').click();
      else if (await page.locator('main.question .step-nav__next').count()) {
        await page.locator('main.question .answer').first().click();
        await page.locator('main.question .step-nav__next').click();
      } else await page.locator('main.question .answer').first().click();
      await page.waitForTimeout(100);
    }
    await page.locator('.practice-open').click();
    for (const locale of ['zh-Hant', 'ar'] as const) {
      await switchLanguage(page, locale);
      const call = (await own(locale)).find((c) => c.id === 'fake-police-cn')!;
      await play(kiosk, page, call, longestPath(call), { locale });
    }
  } finally {
    shell.close();
  }
});
