import { afterEach, describe, expect, inject, it } from 'vitest';
import type { ComponentProps } from 'react';
import { page } from 'vitest/browser';
import { ChecklistScreen } from '../../renderer/screens/Checklist/ChecklistScreen.tsx';
import type { CallResponse } from '../../shared/api.ts';
import { KioskError } from '../../shared/errors.ts';
import { LOCALES } from '../../shared/locales.ts';
import { axeViolations } from './axe.ts';
import { fakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';
import { normalized, shownText } from './text.ts';
import { eventsSent } from '../../renderer/flow/log-event.ts';

/**
 * The checklist screen when the printer fails, in Arabic, drawn with the real core's checklist: the
 * visitor is asked to fetch staff, staff read what to fix, and nothing is lost (the code, the preview,
 * Print) to print again. The print fails as the Electron shell answers (out of paper) and as the core
 * fails (a full disk), then works. A shell's failure reaching this screen through the real transport,
 * and the visit log counting it, is tests/e2e/checklist-screen.e2e.ts's.
 */
const VISIT = '00000000-0000-4000-8000-000000000007';
const a = inject('screenAnswers').ar;
const onScreen = (selector: string) =>
  expect.element(page.elementLocator(document.querySelector(selector)!)).toBeInViewport({ ratio: 1 });
const photo = (name: string) => page.screenshot({ path: `../../test-results/screens/ar/${name}.png` });
const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
/** The Arabic visitor's checklist screen for the real core's plan, with the props a test varies. */
const mountArabicChecklist = (
  api: ReturnType<typeof fakeKiosk>,
  props: Partial<ComponentProps<typeof ChecklistScreen>>,
) =>
  mountScreen(
    <ChecklistScreen
      locale="ar"
      visitId={VISIT}
      enabled={[...LOCALES]}
      plan={a.plan.actions}
      completed={[]}
      code={a.code}
      dispatch={() => {}}
      onPrinting={() => {}}
      onHelp={() => {}}
      {...props}
    />,
    { locale: 'ar', api },
  );

describe('the checklist screen, printing', () => {
  const realPrint = window.print;
  afterEach(() => {
    window.print = realPrint;
  });

  it('ar: right to left; a printer failure asks for staff and keeps the checklist; a full disk says so too; printing again works', async () => {
    // Out of paper (what the Electron shell answers), then a full disk (the core fails), then sent.
    const answers: Array<() => CallResponse<'printSheet'>> = [
      () => ({ status: 'failed', reason: 'no_paper' }),
      () => {
        throw new KioskError('storage_full', 'The kiosk disk is full.');
      },
      () => ({ status: 'sent', copies: 1 }),
    ];
    // The sheet the real core composed for this visit's plan; visit events are accepted.
    const api = fakeKiosk({ composeSheet: () => a.sheet, printSheet: () => answers.shift()!() });
    let browserPrints = 0;
    window.print = () => void browserPrints++;
    const helps: number[] = [];
    await mountArabicChecklist(api, { onHelp: () => helps.push(1) });
    await expect.poll(() => document.querySelector('.checklist-preview__frame[data-ready="true"]')).not.toBeNull();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.querySelector('.checklist-preview .sheet')?.getAttribute('dir')).toBe('rtl');
    const code = () => shownText('.checklist__code-digits').replaceAll(/\D/g, '');
    expect(code()).toBe(a.code);
    // The paper sits on the reading side's far edge: left of the controls in Arabic.
    expect(box('.checklist-preview__paper').x).toBeLessThan(box('.checklist__controls').x);
    await photo('08-checklist');
    expect(await axeViolations(), 'axe on the checklist (ar)').toEqual([]);

    const print = page.getByRole('button', { name: 'اطبع', exact: true });
    await print.click();
    await expect.poll(() => document.querySelector('.checklist__problem[role="alert"]')).not.toBeNull();
    const alert = () => document.querySelector('.checklist__problem[role="alert"]');
    expect(normalized(alert()!.textContent ?? '')).toContain('الطابعة لا تعمل الآن');
    expect(alert()!.getAttribute('data-reason')).toBe('no_paper');
    expect(shownText('.checklist__staff-reason')).toBe('للموظفين: نفد الورق من الطابعة (أو انحشر الورق).');
    // The visitor sees what went wrong without scrolling.
    await onScreen('.checklist__problem');
    await photo('09-checklist-printer-failed');
    expect(await axeViolations(), 'axe on the checklist, printer failed').toEqual([]);
    // Nothing lost: the same code, the preview, and Print, to try again.
    expect(code()).toBe(a.code);
    expect(document.querySelector('.checklist-preview .sheet')?.getClientRects().length).toBeGreaterThan(0);
    await expect.element(print).toBeEnabled();
    expect(shownText('.checklist__print')).toBe('اطبع');
    // "Ask staff" is a button right there.
    await page.elementLocator(document.querySelector('.checklist__help')!).click();
    expect(helps).toHaveLength(1);

    // A full disk is a failure the visitor hears about the same way.
    await print.click();
    await expect.poll(() => alert()?.getAttribute('data-reason')).toBe('error');
    expect(shownText('.checklist__staff-reason')).toBe('للموظفين: تعذّرت الطباعة (راجع سجل الجهاز).');

    // The printer is back: sent, collect it, and one more copy.
    await print.click();
    await expect
      .poll(() => shownText('.checklist__sent'))
      .toBe('أُرسلت إلى الطابعة. خذها من هناك من فضلك؛ وإذا لم يخرج شيء، اطلب المساعدة من أحد الموظفين.');
    await onScreen('.checklist__sent');
    expect(alert()).toBeNull();
    expect(shownText('.checklist__print')).toBe('اطبع نسخة أخرى');
    await photo('10-checklist-printed');
    // The Electron shell prints; the page never opens the browser's own print.
    expect(browserPrints).toBe(0);
    // Every try names this visit, so the core counts what the printer answered (audit F3); the page
    // itself reports no print.
    const sheet = { kind: 'personal', code: a.code, lang: 'ar' };
    expect(api.calls.filter((c) => c.call === 'printSheet').map((c) => c.request)).toEqual([
      { sheet, copies: 1, visitId: VISIT },
      { sheet, copies: 1, visitId: VISIT },
      { sheet, copies: 1, visitId: VISIT },
    ]);
    await eventsSent();
    expect(api.calls.filter((c) => c.call === 'recordEvent')).toEqual([]);
  });

  // phone-language: the sheet's paths print the phone's words for the visitor's phone language.
  it("asks for the sheet with the visitor's phone language, where it differs from their reading language", async () => {
    const api = fakeKiosk({ composeSheet: () => a.sheet, printSheet: () => ({ status: 'sent', copies: 1 }) });
    window.print = () => {};
    await mountArabicChecklist(api, { phoneLocale: 'en' });
    await expect.poll(() => document.querySelector('.checklist-preview__frame[data-ready="true"]')).not.toBeNull();
    await page.getByRole('button', { name: 'اطبع', exact: true }).click();
    await expect.poll(() => api.calls.filter((c) => c.call === 'printSheet').length).toBe(1);
    const sheet = { kind: 'personal', code: a.code, lang: 'ar', phone: 'en' };
    expect(api.calls.filter((c) => c.call === 'composeSheet').map((c) => c.request)).toContainEqual({ sheet });
    expect(api.calls.filter((c) => c.call === 'printSheet').map((c) => c.request)).toEqual([
      { sheet, copies: 1, visitId: VISIT },
    ]);
  });
});
