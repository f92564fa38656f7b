import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { CallResponse } from '../../shared/api.ts';
import { api, type KioskPage } from './kiosk-page.ts';

/**
 * The visitor's checklist on screen: from the done screen to a saved code, a preview in one or two
 * languages, Print (the browser shell prints the page itself), a printer failure reaching the screen
 * and the visit log, the idle timer held while printing, and a returning visitor's code reopening the
 * plan. What the screen says and keeps when printing fails is tests/component/checklist-print.test.tsx's.
 */
const ANSWERS = ['phone-iphone', 'apps-whatsapp', 'stranger-call-yes', 'asked-to-share-yes'];
const PDF_DIR = join(resolve(import.meta.dirname, '..', '..'), 'test-results', 'pdf');

declare global {
  interface Window {
    __printCalls?: number;
  }
}

/** The browser's print dialog cannot be driven headless: count the calls instead. */
async function countPrints(page: Page) {
  await page.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => {
      window.__printCalls = (window.__printCalls ?? 0) + 1;
    };
  });
}
const printCalls = (page: Page) => page.evaluate(() => window.__printCalls ?? 0);

/** A visitor who answers the questions, finishes the first guide of their plan and opens the checklist. */
async function toChecklist(
  kiosk: KioskPage,
  request: Parameters<KioskPage['answerQuestions']>[0],
  locale: 'zh-Hant' | 'ar' | 'en',
  nativeName: string,
) {
  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.chooseLanguage(nativeName);
  await kiosk.answerQuestions(request, locale, ANSWERS);
  await kiosk.openFromPlan(0);
  await kiosk.finishTutorial();
  await kiosk.page.locator('.plan__finish').click();
  await kiosk.page.locator('.done__checklist').click();
  await expect(kiosk.page.locator('.checklist-preview__frame[data-ready="true"]')).toBeVisible();
}

/**
 * The prints the core witnessed in this page's own visits (no other test's are counted): sent to a
 * printer, failed, or handed to the browser's print dialog (the browser shell).
 */
const printEvents = async (kiosk: KioskPage) => {
  const kinds = (await kiosk.visitLog()).map((e) => e.kind);
  return {
    printed: kinds.filter((k) => k === 'checklist_printed').length,
    failed: kinds.filter((k) => k === 'print_failed').length,
    browser: kinds.filter((k) => k === 'print_sent_to_browser').length,
  };
};

const codeOnScreen = async (page: Page) =>
  ((await page.locator('.checklist__code-digits').textContent()) ?? '').replaceAll(/\D/g, '');

test('zh-Hant: the checklist is saved under a code, previewed, made bilingual for the family, and printed', async ({
  page,
  request,
  kiosk,
}) => {
  test.setTimeout(120_000);
  await countPrints(page);
  await toChecklist(kiosk, request, 'zh-Hant', '繁體中文');

  await expect(page.locator('.screen__title')).toHaveText('你的家庭清單');
  const code = await codeOnScreen(page);
  expect(code).toMatch(/^\d{8}$/);
  // The code stands for the plan and what was done, nothing else.
  const saved = await api<CallResponse<'openChecklist'>>(request, 'openChecklist', { code });
  expect(saved.completed).toHaveLength(1);
  expect(saved.actions.length).toBeGreaterThanOrEqual(3);
  const sheet = await api<CallResponse<'composeSheet'>>(request, 'composeSheet', {
    sheet: { kind: 'personal', code, lang: 'zh-Hant' },
  });
  expect(sheet.texts[0]?.done.map((d) => d.tutorialId)).toEqual(saved.completed);
  const preview = page.locator('.checklist-preview .sheet');
  await expect(preview.locator('.sheet__item--done')).toHaveCount(1);
  await expect(preview.locator('.sheet__item--done')).toContainText(sheet.texts[0]?.done[0]?.item ?? '?');
  for (const item of sheet.texts[0]?.todo ?? []) await expect(preview).toContainText(item.item);
  await expect(preview.locator('.sheet__code-digits')).toHaveText(`${code.slice(0, 4)} ${code.slice(4)}`);
  await expect(preview.locator('.sheet__cell[lang="en"]')).toHaveCount(0);
  // The preview is the paper, drawn smaller: it fits the screen's width.
  const box = await page.locator('.checklist-preview__paper').boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(1280);
  await kiosk.snapshot('zh-Hant', '08-checklist');
  await kiosk.expectAccessible('checklist');

  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(preview.locator('.sheet__cell[lang="en"]').first()).toBeVisible();
  await expect(preview).toContainText('Family checklist');
  await expect(page.locator('.checklist-preview__frame[data-ready="true"]')).toBeVisible();
  await kiosk.snapshot('zh-Hant', '09-checklist-bilingual');
  await kiosk.expectAccessible('checklist (bilingual)');

  await page.locator('.checklist__print').click();
  await expect.poll(() => printCalls(page)).toBe(1);
  await expect(page.locator('.checklist__print')).toHaveText('再印一份');
  await page.locator('.checklist__print').click();
  await expect.poll(() => printCalls(page)).toBe(2);

  // Back to the done screen and in again: the same code, not a second saved plan.
  await page.getByRole('button', { name: '返回', exact: true }).click();
  await expect(page.locator('.done__checklist')).toBeVisible();
  // The done screen keeps the plan one tap away (its Back sits where the checklist's Back was).
  await page.locator('.done .step-nav__back').click();
  await expect(page.locator('.plan-item--done')).toHaveCount(1);
  await page.locator('.plan__finish').click();
  await page.locator('.done__checklist').click();
  await expect(page.locator('.checklist__code-digits')).toBeVisible();
  expect(await codeOnScreen(page)).toBe(code);

  // What a browser shell prints: the sheet alone, full size, not the kiosk around it.
  await page.emulateMedia({ media: 'print' });
  mkdirSync(PDF_DIR, { recursive: true });
  const file = join(PDF_DIR, 'kiosk-page-zh-Hant.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll(/\s+/g, '');
  expect(text).toContain('家庭清單');
  expect(text).toContain(`${code.slice(0, 4)}${code.slice(4)}`);
  for (const chrome of ['我需要幫忙', '有人正在打電話給我', '重新開始', '列印'])
    expect(text, `the kiosk's "${chrome}" is not on paper`).not.toContain(chrome);
  await page.emulateMedia({ media: 'screen' });

  // The browser shell's core handed both prints to the browser's dialog: it cannot know they printed.
  await expect.poll(() => printEvents(kiosk)).toEqual({ printed: 0, failed: 0, browser: 2 });
  kiosk.expectNoProblems();
});

test('ar, the real frame and shell: a plan scrolled down hands the done screen its top; a printer failure reaches the checklist, printing again works, and answers the core never gave are not logged', async ({
  page,
  request,
  kiosk,
}) => {
  await countPrints(page);
  await kiosk.open();
  await kiosk.touchToStart();
  // The largest text: a plan of five runs under the fold.
  await kiosk.textSize(3);
  await kiosk.chooseLanguage('العربية');
  await kiosk.answerQuestions(request, 'ar', ANSWERS);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The next screen opens at its top, not as far down as the plan was scrolled (App's frame outlives screens).
  const scroller = page.locator('.app__scroll');
  await scroller.evaluate((e) => e.scrollTo({ top: e.scrollHeight }));
  expect(await scroller.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
  await page.locator('.plan__finish').click();
  await expect(page.locator('.done')).toBeVisible();
  expect(await scroller.evaluate((e) => e.scrollTop)).toBe(0);
  await expect(page.locator('.done h1')).toBeInViewport({ ratio: 1 });
  await page.locator('.done__checklist').click();
  await expect(page.locator('.checklist-preview__frame[data-ready="true"]')).toBeVisible();

  // The kiosk's printer is out of paper (what the Electron shell would answer), over the real HTTP
  // transport; what the screen then shows, a full disk too, is tests/component/checklist-print.test.tsx's.
  let answer: object = { status: 'failed', reason: 'no_paper' };
  await page.route('**/api/printSheet', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(answer) }),
  );
  await page.locator('.checklist__print').click();
  const alert = page.locator('.checklist__problem[role="alert"]');
  await expect(alert).toHaveAttribute('data-reason', 'no_paper');
  await expect(alert).toContainText('الطابعة لا تعمل الآن');
  // "Ask staff" opens the kiosk's help.
  await page.locator('.checklist__help').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.locator('.help .modal__close').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The printer is back.
  answer = { status: 'sent', copies: 1 };
  await page.locator('.checklist__print').click();
  await expect(page.locator('.checklist__sent')).toBeVisible();
  await expect(alert).toHaveCount(0);
  expect(await printCalls(page)).toBe(0);

  // Those answers were the test's, never the core's: the core witnessed no print, so the log has none
  // (audit F3: the page can no longer report a print; Electron's real answers are logged by the core).
  expect(await printEvents(kiosk)).toEqual({ printed: 0, failed: 0, browser: 0 });
  kiosk.expectNoProblems();
});

test('the idle timer waits while a checklist is printing, and counts again once it is done', async ({
  page,
  request,
  kiosk,
}) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await countPrints(page);
  await toChecklist(kiosk, request, 'en', 'English');
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/printSheet', async (route) => {
    await held;
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ status: 'sent', copies: 1 }),
    });
  });
  await page.locator('.checklist__print').click();
  await expect(page.locator('.checklist__print')).toHaveText('Printing…');
  await expect(page.locator('.checklist__print')).toBeDisabled();
  // Nothing under the sheet on its way to the printer can change: not the language, not the screen.
  await expect(page.locator('.second-language button').first()).toBeDisabled();
  await expect(page.locator('.checklist .step-nav__back')).toBeDisabled();
  // Far past the checklist's five idle minutes and the countdown: a slow printer must not wipe the visit.
  await page.clock.fastForward('10:00');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.checklist')).toBeVisible();
  release();
  await expect(page.locator('.checklist__sent')).toBeVisible();
  await page.clock.fastForward('05:00');
  await expect(page.getByRole('dialog')).toContainText('Are you still there?');
  kiosk.expectNoProblems();
});

test('a returning visitor types the code from their checklist and gets the same plan back; a wrong code is explained', async ({
  page,
  request,
  kiosk,
}) => {
  test.setTimeout(90_000);
  const plan = {
    actions: [
      { tutorialId: 'whatsapp-silence-unknown-callers' },
      { tutorialId: 'iphone-turn-off-facetime' },
      { tutorialId: 'general-stop-screen-share' },
    ],
    completed: ['iphone-turn-off-facetime'],
  };
  const { code } = await api<{ code: string }>(request, 'saveChecklist', plan);
  const wrong = code.startsWith('9') ? `1${code.slice(1)}` : `9${code.slice(1)}`;
  const { tutorials } = await api<CallResponse<'listTutorials'>>(request, 'listTutorials', { locale: 'ar' });
  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.chooseLanguage('العربية');
  await kiosk.press('لديّ رمز قائمة');
  await expect(page.locator('.screen__title')).toHaveText('أدخل الرمز الموجود في قائمتك');
  const go = page.locator('.resume__go');
  await expect(go).toBeDisabled();

  const tap = async (digits: string) => {
    for (const d of digits) await page.getByRole('button', { name: d, exact: true }).click();
  };
  // The keypad's own rules (left-to-right digits, a ninth digit ignored, Delete, the field marked
  // invalid, axe) are tests/component/resume-keypad.test.tsx's; here the core's answer reaches the screen.
  await tap(wrong);
  await kiosk.snapshot('ar', '11-resume-code');
  await go.click();
  await expect(page.getByRole('alert')).toContainText('لم يُعثر على هذا الرمز');

  // Start again: the right code, half on the keypad and half on a keyboard.
  await page.getByRole('button', { name: 'امسح الكل', exact: true }).click();
  await tap(code.slice(0, 4));
  await page.getByLabel('الرمز').pressSequentially(code.slice(4));
  await expect(page.getByLabel('الرمز')).toHaveValue(`${code.slice(0, 4)} ${code.slice(4)}`);
  await go.click();

  const items = page.locator('.plan-item');
  await expect(items).toHaveCount(3);
  for (const [i, action] of plan.actions.entries()) {
    await expect(items.nth(i).locator('.plan-item__title')).toHaveText(
      tutorials.find((t) => t.id === action.tutorialId)?.title ?? action.tutorialId,
    );
  }
  await expect(items.nth(1)).toHaveClass(/plan-item--done/);
  await kiosk.snapshot('ar', '12-resumed-plan');

  // This page's own visits; the code must appear in none of their events.
  const log = await kiosk.visitLog();
  const visitId = log.findLast((e) => e.kind === 'checklist_resumed')?.visit_id;
  expect(visitId).toBeDefined();
  // The log knows a plan was resumed, never which code.
  expect(JSON.stringify(log)).not.toContain(code);
  // The browser reports the wrong code's 404 (the core's "not found"); nothing else may go wrong.
  expect(kiosk.problems.filter((p) => !p.includes('404'))).toEqual([]);
});
