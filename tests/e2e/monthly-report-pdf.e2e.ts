import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Printer, PrintJob } from '../../electron/core/print/printer.ts';
import { formatMonth } from '../../renderer/print/ReportSheet.tsx';
import { readCount } from '../../renderer/reports/report-format.ts';
import type { ReportSheetView } from '../../shared/report-sheet-schema.ts';
import { signInStaff } from '../support/staff.ts';
import { call } from '../support/unwrap.ts';
import { expect, test } from './fixtures.ts';
import { REPO, startShell } from './shell.ts';

declare global {
  interface Window {
    /** Set by the print page (renderer/print/PrintPage.tsx). */
    __safecallPrintReady?: Promise<'ready' | 'error'>;
  }
}

/**
 * The printable monthly report as paper, the way Electron prints it: a month of visits at a centre, then
 * staff print it; the printer (here one that keeps the job, as Electron's print window gets it) is handed
 * the print page's address with its one-time ticket, and Chromium's print path (the CDP printToPDF
 * Electron uses) makes the PDF, which poppler reads back. Traditional Chinese and Arabic: one page
 * each, every font embedded, the centre's name and the month's words on the page.
 */
const OUT = join(REPO, 'test-results', 'pdf');
const CENTRE = 'Kowloon Public Library';
const squash = (s: string) => s.normalize('NFKC').replaceAll(/\s+/g, '');

test('the monthly report prints on one page in Traditional Chinese and Arabic, with the centre and the month', async ({
  browser,
}) => {
  let now = new Date(2026, 10, 3, 10, 0);
  const jobs: PrintJob[] = [];
  const printer: Printer = {
    print: (job) => {
      jobs.push(job);
      return Promise.resolve({ status: 'sent', copies: job.copies });
    },
    list: () => Promise.resolve({ kind: 'browser' }),
  };
  const shell = await startShell({
    prefix: 'safecall-report-pdf-',
    kioskJson: { centreName: CENTRE, region: 'HK', defaultLocale: 'zh-Hant', paperSize: 'A4', kioskLabel: 'Lobby' },
    core: { now: () => now, printer },
  });
  try {
    // November: visits on three days, in three languages, one of them with staff.
    for (const [day, locale] of [
      [3, 'zh-Hant'],
      [3, 'zh-Hant'],
      [12, 'en'],
      [20, 'ar'],
      [20, 'zh-Hant'],
    ] as const) {
      now = new Date(2026, 10, day, 11, 0);
      const { visitId } = await call<{ visitId: string }>(shell.kiosk, 'startVisit', { locale });
      await call(shell.kiosk, 'openTutorial', { tutorialId: 'iphone-turn-off-facetime', locale, visitId });
    }
    now = new Date(2026, 11, 6, 10, 0);
    const staff = await signInStaff(shell.kiosk);

    for (const lang of ['zh-Hant', 'ar'] as const) {
      const sheet = { kind: 'report', month: '2026-11', lang } as const;
      expect(await call(shell.kiosk, 'printSheet', { sheet }, staff)).toEqual({ status: 'sent', copies: 1 });
      const job = jobs.at(-1);
      expect(job?.path, lang).toMatch(/^\/print\/report\?month=2026-11&lang=[\w-]+&ticket=[\w-]{43}$/);
      const view = await call<ReportSheetView>(shell.kiosk, 'composeReportSheet', { month: '2026-11', lang }, staff);
      // Five visits: at the suppression threshold, so printed as they are.
      expect(view.report.visits.total, lang).toBe(5);

      const page = await browser.newPage();
      await page.goto(`${shell.baseURL}${job?.path}`);
      expect(await page.evaluate(() => window.__safecallPrintReady), lang).toBe('ready');
      mkdirSync(OUT, { recursive: true });
      const file = join(OUT, `monthly-report-${lang}.pdf`);
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      await page.close();

      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1]), `${lang}: pages`).toBe(1);
      expect(info, `${lang}: paper`).toMatch(/Page size:.*\(A4\)/);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(
        fonts.filter((line) => line.trim().split(/\s+/).at(-5) !== 'yes'),
        `${lang}: every font embedded`,
      ).toEqual([]);
      expect(
        fonts.some((line) => (lang === 'ar' ? /NotoSansArabic/ : /NotoSansTC/).test(line)),
        `${lang}: font`,
      ).toBe(true);
      const text = squash(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));
      expect(text, `${lang}: centre`).toContain(squash(CENTRE));
      expect(text, `${lang}: kiosk label`).toContain('Lobby');
      // Arabic comes back from the PDF in visual order: its month is checked by its year and its letters.
      if (lang === 'ar') {
        expect(text).toContain('2026');
        expect([...text].filter((c) => 'نوفمبر'.includes(c)).length).toBeGreaterThanOrEqual(6);
      } else expect(text, `${lang}: month`).toContain(squash(formatMonth('2026-11', lang)));
      expect(text, `${lang}: the visits headline`).toContain(readCount(view.report.visits.total, lang).text);
    }
    // The ticket opened its sheet once: the address printed is no way in any more.
    const again = await browser.newPage();
    await again.goto(`${shell.baseURL}${jobs[0]?.path}`);
    expect(await again.evaluate(() => window.__safecallPrintReady)).toBe('error');
    await expect(again.getByRole('alert')).toContainText('print ticket');
    await again.close();
  } finally {
    shell.close();
  }
});
