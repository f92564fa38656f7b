import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { MonthlyReportScreen } from '../../renderer/screens/Staff/MonthlyReport/MonthlyReportScreen.tsx';
import type { CallRequest, CallResponse } from '../../shared/api.ts';
import { KioskError } from '../../shared/errors.ts';
import type { Locale } from '../../shared/locales.ts';
import type { ReportSheetView } from '../../shared/report-sheet-schema.ts';
import { axeViolations } from './axe.ts';
import { fakeKiosk, type FakeAnswers, type FakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';
import { shownText } from './text.ts';
import { eventsSent } from '../../renderer/flow/log-event.ts';

/**
 * The staff "Monthly report" tool on a fake core: the month and language choices, the preview of the
 * core's own sheet, and printing through the checklists' print path. That the core composes the sheet
 * from getVisitReport and guards it with a print ticket is tests/integration/reports'; that it prints
 * on one page is tests/e2e/monthly-report-pdf.e2e.ts's.
 */

// 6 December 2026: "last month" is November.
const NOW = () => new Date(2026, 11, 6, 10, 0);
const noop = () => {};

function sheetFor({ month, lang }: CallRequest<'composeReportSheet'>): ReportSheetView {
  return {
    month,
    lang,
    paperSize: 'A4',
    generatedOn: '2026-12-06',
    suppressBelow: 5,
    report: {
      range: { from: `${month}-01`, to: `${month}-28` },
      step: 'day',
      centreName: 'Kowloon Public Library',
      kioskLabel: 'Lobby',
      contentVersions: ['a1b2c3d4e5f6'],
      visits: { total: 42, assisted: 11, selfGuided: 31 },
      series: [
        { start: `${month}-01`, visits: 30, assisted: 8 },
        { start: `${month}-02`, visits: '<5', assisted: '<5' },
        { start: `${month}-03`, visits: 9, assisted: 0 },
      ],
      languages: [
        { locale: 'zh-Hant', visits: 30 },
        { locale: 'ar', visits: '<5' },
      ],
      guides: [
        { tutorialId: 'iphone-turn-off-facetime', title: 'FaceTime', opened: 20, completed: 14, lookedDifferent: 0 },
      ],
      checklists: { plans: 25, shown: 24, printed: 17, printFailed: '<5', sentToBrowser: 0, resumed: 6 },
      help: { helpRequested: 7, scamNow: '<5', afterScam: 0 },
    },
  };
}

async function mount(locale: Locale, answers: FakeAnswers = {}, onSessionLost = noop): Promise<FakeKiosk> {
  const api = fakeKiosk({
    getStaffStatus: () => ({ pinSet: true, setupAvailable: false, lockedForSeconds: 0, triesLeft: 5, signedIn: true }),
    composeReportSheet: sheetFor,
    ...answers,
  });
  await mountScreen(
    <MonthlyReportScreen
      locale={locale}
      locales={['en', 'zh-Hant', 'ar']}
      onPrinting={noop}
      onBack={noop}
      onSessionLost={onSessionLost}
      now={NOW}
    />,
    { locale, api },
  );
  return api;
}

const calls = (api: FakeKiosk, call: string) => api.calls.filter((c) => c.call === call).map((c) => c.request);
const previewSheet = () => document.querySelector<HTMLElement>('.report-preview .report-sheet');
const chosenLanguage = () => document.querySelector('.monthly-report__languages [aria-pressed="true"]')?.textContent;

describe('staff tools: the monthly report', () => {
  const realPrint = window.print;
  afterEach(() => {
    window.print = realPrint;
  });

  it('opens on last month in the kiosk language, previews the core sheet, and steps month by month up to this one', async () => {
    const api = await mount('en');
    await expect.element(page.getByRole('heading', { name: 'Print the monthly report' })).toBeVisible();
    await expect.poll(previewSheet).not.toBeNull();
    expect(shownText('.monthly-report__month-name')).toBe('November 2026');
    expect(chosenLanguage()).toBe('English');
    expect(calls(api, 'composeReportSheet')).toEqual([{ month: '2026-11', lang: 'en' }]);
    // The Reports screen's own charts (report-charts.ts), drawn for paper, each an image named by its title. Their
    // module loads on first use: on CI's busy cores, beside lint and the other tests, that took over a second.
    await expect
      .poll(() => document.querySelector('.report-preview__frame')?.getAttribute('data-ready'), { timeout: 15_000 })
      .toBe('true');
    expect(
      [...document.querySelectorAll('.report-preview figure svg[role="img"]')].map((svg) =>
        svg.getAttribute('aria-label'),
      ),
    ).toEqual(['Visits per day', 'Languages visitors chose', 'Guides opened and finished']);
    expect(shownText('.report-preview .report-sheet__head')).toContain('Monthly report: November 2026');
    expect(shownText('.report-preview .report-sheet__foot')).toContain('Counts under 5 are shown as “<5”');
    expect(await axeViolations(), 'axe on the monthly report, in English').toEqual([]);

    await page.getByRole('button', { name: 'Previous month' }).click();
    await expect.poll(() => previewSheet()?.dataset.month).toBe('2026-10');
    expect(shownText('.monthly-report__month-name')).toBe('October 2026');
    await page.getByRole('button', { name: 'Next month' }).click();
    await page.getByRole('button', { name: 'Next month' }).click();
    await expect.poll(() => previewSheet()?.dataset.month).toBe('2026-12');
    // This month can be printed so far; the next has nothing yet.
    await expect.element(page.getByRole('button', { name: 'Next month' })).toBeDisabled();
  });

  it('in Arabic: the report, and its preview, read right to left; the screen stays English', async () => {
    const api = await mount('ar');
    await expect.poll(previewSheet).not.toBeNull();
    expect(chosenLanguage()).toBe('العربية');
    expect(calls(api, 'composeReportSheet')).toEqual([{ month: '2026-11', lang: 'ar' }]);
    expect(previewSheet()?.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => document.querySelectorAll('.report-preview figure svg').length).toBe(3);
    expect(document.querySelector('main')?.getAttribute('lang')).toBe('en');
    expect(shownText('.report-preview .report-sheet__month')).toContain('نوفمبر');
    expect(await axeViolations(), 'axe on the monthly report, in Arabic').toEqual([]);

    await page.getByRole('button', { name: '繁體中文' }).click();
    await expect.poll(() => previewSheet()?.getAttribute('lang')).toBe('zh-Hant-HK');
    expect(chosenLanguage()).toBe('繁體中文');
  });

  it('a failed print says why and keeps the month and language; printing again sends the same sheet, and logs no visit', async () => {
    const printed: CallResponse<'printSheet'>[] = [
      { status: 'failed', reason: 'no_paper' },
      { status: 'sent', copies: 1 },
    ];
    const api = await mount('en', { printSheet: () => printed.shift()! });
    await expect.poll(previewSheet).not.toBeNull();
    await page.getByRole('button', { name: 'Previous month' }).click();
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => previewSheet()?.dataset.month).toBe('2026-10');
    const print = page.getByRole('button', { name: 'Print the report' });
    await print.click();
    await expect.poll(() => shownText('.checklist__problem')).toMatch(/^The report did not print\./);
    expect(shownText('.checklist__staff-reason')).toBe(
      'For staff: the printer is out of paper (or the paper is stuck).',
    );
    expect(shownText('.monthly-report__month-name')).toBe('October 2026');
    expect(chosenLanguage()).toBe('العربية');
    await expect.element(print).toBeEnabled();
    expect(await axeViolations(), 'axe on the monthly report, print failed').toEqual([]);

    await print.click();
    await expect.poll(() => shownText('.checklist__status')).toBe('Sent to the printer.');
    const sheet = { kind: 'report', month: '2026-10', lang: 'ar' };
    expect(calls(api, 'printSheet')).toEqual([
      { sheet, copies: 1 },
      { sheet, copies: 1 },
    ]);
    await eventsSent();
    expect(calls(api, 'recordEvent')).toEqual([]);
  });

  it("the browser shell: the page prints itself, with the report's sheet on it", async () => {
    await mount('en', { printSheet: () => ({ status: 'browser' }) });
    let printedSheet: string | null | undefined;
    window.print = () => {
      printedSheet = previewSheet()?.textContent;
    };
    await expect.poll(previewSheet).not.toBeNull();
    await page.getByRole('button', { name: 'Print the report' }).click();
    await expect
      .poll(() => shownText('.checklist__status'))
      .toBe("The browser's print dialog opened: the report is printed from there.");
    expect(printedSheet).toContain('Kowloon Public Library');
  });

  it('a session that ended sends staff back to the PIN pad', async () => {
    let lost = 0;
    await mount(
      'en',
      {
        composeReportSheet: () => {
          throw new KioskError('unauthorized', 'signed out');
        },
      },
      () => void lost++,
    );
    await expect.poll(() => lost).toBeGreaterThan(0);
  });
});
