import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { downloadExport, type DownloadedFile } from '../../renderer/reports/download-export.ts';
import { ReportsScreen } from '../../renderer/screens/Staff/Reports/ReportsScreen.tsx';
import type { CallRequest } from '../../shared/api.ts';
import { KioskError } from '../../shared/errors.ts';
import { LOCALE_INFO, LOCALES, type Locale } from '../../shared/locales.ts';
import type { ExportAnswer, VisitReport } from '../../shared/report-schema.ts';
import { emptyReport, sampleReport } from '../support/sample-report.ts';
import { axeViolations } from './axe.ts';
import { fakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';
import { shownText } from './text.ts';

/**
 * The staff Reports screen draws what getVisitReport answers (a realistic month from the fake core; the
 * real core's numbers reach it in tests/e2e/reports.e2e.ts), in the report's language, with the range
 * and the export in English staff chrome.
 */
const TODAY = '2026-11-30';

function reportsKiosk(
  options: {
    report?: (request: CallRequest<'getVisitReport'>) => VisitReport;
    exported?: (request: CallRequest<'exportVisitReport'>) => ExportAnswer;
    defaultLocale?: Locale;
  } = {},
) {
  return fakeKiosk({
    listLocales: () => ({
      locales: LOCALES.map((l) => LOCALE_INFO[l]),
      defaultLocale: options.defaultLocale ?? 'en',
    }),
    getVisitReport: (request) => ({
      ...(options.report ?? ((r) => sampleReport(r.locale)))(request),
      range: { from: request.from, to: request.to },
    }),
    exportVisitReport: options.exported ?? (() => ({ kind: 'cancelled' })),
  });
}

async function mountReports(
  api: ReturnType<typeof fakeKiosk>,
  { today = TODAY, download }: { today?: string; download?: (files: DownloadedFile[]) => void } = {},
) {
  await mountScreen(
    <ReportsScreen onBack={() => {}} onSessionLost={() => {}} today={today} {...(download && { download })} />,
    { api },
  );
}

const reportRequests = (api: ReturnType<typeof fakeKiosk>) =>
  api.calls.filter((c) => c.call === 'getVisitReport').map((c) => c.request);
/** Each table of the report as rows of cell text. */
const table = (section: string) =>
  [...document.querySelectorAll(`.report__section--${section} tr`)].map((tr) =>
    [...tr.children].map((cell) => cell.textContent),
  );

/**
 * What the browser drew: every text of every chart inside its SVG, no two texts running into each other,
 * no legend swatch over a text. Boxes are the page's own, from the fonts it loaded.
 */
function expectChartTextsApart() {
  const charts = [...document.querySelectorAll('.report__chart svg')];
  expect(charts.length).toBeGreaterThan(0);
  for (const svg of charts) {
    const where = svg.getAttribute('aria-label');
    const frame = svg.getBoundingClientRect();
    // Across: the text's own advance (its box). Up and down: the letters' middle band around the line
    // the text is centred on (dominant-baseline="central"); a face's box is taller than its letters, and
    // an Arabic face's much taller, so boxes of neighbouring lines touch where the letters do not.
    const band = (el: SVGTextElement) => {
      const box = el.getBoundingClientRect();
      const ctm = el.getScreenCTM()!;
      const centre = ctm.f + ctm.d * Number(el.getAttribute('y') ?? 0);
      const half = parseFloat(el.getAttribute('font-size') ?? '12') * ctm.d * 0.4;
      return { left: box.left, right: box.right, top: centre - half, bottom: centre + half };
    };
    const texts = [...svg.querySelectorAll('text')].map((el) => ({ text: el.textContent, box: band(el) }));
    const swatches = [...svg.querySelectorAll('path')]
      .filter((p) => /^M[\d.]+ 0L[\d.]+ 0A/.test(p.getAttribute('d') ?? ''))
      .map((p) => p.getBoundingClientRect());
    type Box = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>;
    const apart = (a: Box, b: Box) =>
      a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
    for (const [i, { text, box }] of texts.entries()) {
      expect(box.left, `${where}: "${text}" starts outside the chart`).toBeGreaterThanOrEqual(frame.left - 0.5);
      expect(box.right, `${where}: "${text}" ends outside the chart`).toBeLessThanOrEqual(frame.right + 0.5);
      for (const other of texts.slice(i + 1))
        expect(apart(box, other.box), `${where}: "${text}" runs into "${other.text}"`).toBe(true);
      for (const swatch of swatches) expect(apart(box, swatch), `${where}: a swatch covers "${text}"`).toBe(true);
    }
  }
}

describe('the staff Reports screen', () => {
  it("shows this month's exact numbers, every chart with its table, in the kiosk's default language", async () => {
    const api = reportsKiosk({ defaultLocale: 'zh-Hant' });
    await mountReports(api);
    await expect.element(page.getByRole('heading', { name: /資訊站使用人次/ })).toBeVisible();
    expect(reportRequests(api)).toEqual([{ from: '2026-11-01', to: '2026-11-30', locale: 'zh-Hant' }]);
    expect(shownText('.reports__exact')).toMatch(/^Exact counts: this screen is only for staff signed in with the PIN/);
    // Staff chrome stays English; the report carries its own language.
    expect(document.querySelector('main')?.getAttribute('lang')).toBe('en');
    const area = document.querySelector('.report');
    expect([area?.getAttribute('lang'), area?.getAttribute('dir')]).toEqual(['zh-Hant-HK', 'ltr']);
    expect(page.getByRole('button', { name: '繁體中文' }).element().getAttribute('aria-pressed')).toBe('true');
    expect(shownText('.report__facts')).toContain('Lobby kiosk');
    expect(shownText('.report__total')).toBe('241');
    // Six charts, each an image named by its title, with no style attribute for the CSP to refuse.
    await expect.poll(() => document.querySelectorAll('.report__chart svg').length).toBe(6);
    const charts = [...document.querySelectorAll('.report__chart svg')];
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      '每日使用人次',
      '有職員協助或自行使用',
      '使用者選擇的語言',
      '最常打開的教學',
      '教學：打開及完成',
      '清單及計劃',
    ]);
    expect(document.querySelectorAll('.report [style], .report style')).toHaveLength(0);
    expectChartTextsApart();
    // The numbers beside them, exact (a 1 is a 1 here; exports and paper suppress it).
    expect(table('languages')).toContainEqual(['Bahasa Indonesia', '1']);
    expect(table('guides')).toContainEqual(['識破假視像通話', '48', '44', '0']);
    expect(table('visits')).toContainEqual([expect.stringContaining('18'), '31', '12']);
    expect(table('checklists')).toContainEqual(['已列印', '97']);
    expect(table('help')).toContainEqual(['要求職員協助', '22']);
    expect(await axeViolations(), 'axe on the reports screen').toEqual([]);
  });

  it('draws an Arabic report right to left, asked for again in Arabic, the staff chrome still English', async () => {
    const api = reportsKiosk();
    await mountReports(api);
    await expect.element(page.getByRole('heading', { name: /Kiosk visits/ })).toBeVisible();
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.element(page.getByRole('heading', { name: /زيارات الكشك/ })).toBeVisible();
    expect(reportRequests(api).at(-1)).toEqual({ from: '2026-11-01', to: '2026-11-30', locale: 'ar' });
    const area = document.querySelector('.report');
    expect([area?.getAttribute('lang'), area?.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(document.querySelector('main')?.getAttribute('dir')).toBe('ltr');
    expect(table('guides')).toContainEqual(['اكتشف مكالمة الفيديو المزيفة', '48', '44', '0']);
    // The table's columns run right to left with the report.
    const [name, count] = [...(document.querySelector('.report__section--languages tbody tr')?.children ?? [])];
    expect(name!.getBoundingClientRect().left).toBeGreaterThan(count!.getBoundingClientRect().left);
    // Drawn once the Arabic face is loaded: measured as drawn, legends and names apart and inside.
    await expect.poll(() => document.querySelectorAll('.report__chart svg').length).toBe(6);
    expectChartTextsApart();
    expect(await axeViolations(), 'axe on the Arabic report').toEqual([]);
  });

  it('says a range without visits has none, and stays accessible', async () => {
    const api = reportsKiosk({ report: () => emptyReport() });
    await mountReports(api);
    await expect.element(page.getByText('No visits in this period.')).toBeVisible();
    expect(shownText('.report__total')).toBe('0');
    expect(document.querySelectorAll('.report__chart')).toHaveLength(0);
    expect(await axeViolations(), 'axe on an empty report').toEqual([]);
  });

  it('each preset asks for its range, counted from today, and shows itself chosen', async () => {
    const api = reportsKiosk();
    await mountReports(api, { today: '2026-11-18' });
    await expect.element(page.getByRole('heading', { name: /Kiosk visits/ })).toBeVisible();
    const expected = {
      'Last month': ['2026-10-01', '2026-10-31'],
      'Last 3 months': ['2026-09-01', '2026-11-18'],
      'This year': ['2026-01-01', '2026-11-18'],
      'Last 12 months': ['2025-12-01', '2026-11-18'],
      'This month': ['2026-11-01', '2026-11-18'],
    };
    for (const [preset, [from, to]] of Object.entries(expected)) {
      await page.getByRole('button', { name: preset }).click();
      await expect.poll(() => reportRequests(api).at(-1)).toEqual({ from, to, locale: 'en' });
      expect(page.getByRole('button', { name: preset }).element().getAttribute('aria-pressed')).toBe('true');
      expect(document.querySelectorAll('.report-range [aria-pressed="true"]')).toHaveLength(1);
    }
  });

  it('sets a custom range by taps; a "to" before "from" is named beside the field, asks nothing, and keeps the dates', async () => {
    const api = reportsKiosk();
    await mountReports(api);
    await expect.element(page.getByRole('heading', { name: /Kiosk visits/ })).toBeVisible();
    await page.getByRole('button', { name: 'From: −1 month' }).click();
    await page.getByRole('button', { name: 'From: +1 day' }).click();
    await expect.poll(() => reportRequests(api).at(-1)).toEqual({ from: '2026-10-02', to: '2026-11-30', locale: 'en' });
    expect(document.querySelectorAll('.report-range [aria-pressed="true"]')).toHaveLength(0);
    await page.getByRole('button', { name: 'To: −1 month' }).click();
    await expect.poll(() => reportRequests(api).at(-1)).toEqual({ from: '2026-10-02', to: '2026-10-30', locale: 'en' });
    const asked = reportRequests(api).length;
    await page.getByRole('button', { name: 'To: −1 month' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('To must not be before from');
    expect(shownText('#report-to')).toBe('Wed, 30 Sept 2026');
    expect(document.querySelector('#report-to')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('.report')).toBeNull();
    expect(page.getByRole('button', { name: 'Export (CSV and JSON)' }).element()).toHaveProperty('disabled', true);
    expect(reportRequests(api)).toHaveLength(asked);
    expect(await axeViolations(), 'axe with the range problem shown').toEqual([]);
    await page.getByRole('button', { name: 'To: +1 month' }).click();
    await expect.element(page.getByRole('heading', { name: /Kiosk visits/ })).toBeVisible();
    expect(reportRequests(api)).toHaveLength(asked + 1);
    expect(document.querySelector('.report-range__problem')).toBeNull();
  });
});

describe('the report export', () => {
  const fileNames = () => [...document.querySelectorAll('.report-export__files li')].map((li) => li.textContent);
  const FILES = [
    { name: 'Lobby-kiosk_2026-11-01_2026-11-30.csv', mediaType: 'text/csv' as const },
    { name: 'Lobby-kiosk_2026-11-01_2026-11-30.json', mediaType: 'application/json' as const },
  ];

  it('says where it saved, naming the files, for the range and language on screen', async () => {
    const api = reportsKiosk({ exported: () => ({ kind: 'saved', folder: 'E:\\Reports', files: FILES }) });
    await mountReports(api);
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.getByRole('button', { name: 'Export (CSV and JSON)' }).click();
    await expect.element(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible();
    expect(shownText('.report-export__outcome p')).toBe('Saved to E:\\Reports:');
    expect(fileNames()).toEqual(FILES.map((f) => f.name));
    expect(api.calls.filter((c) => c.call === 'exportVisitReport').map((c) => c.request)).toEqual([
      { from: '2026-11-01', to: '2026-11-30', locale: 'ar' },
    ]);
    expect(await axeViolations(), 'axe with the export saved').toEqual([]);
  });

  it('says a closed folder dialog saved nothing', async () => {
    await mountReports(reportsKiosk({ exported: () => ({ kind: 'cancelled' }) }));
    await page.getByRole('button', { name: 'Export (CSV and JSON)' }).click();
    await expect.element(page.getByText('Export cancelled: nothing was saved.')).toBeVisible();
  });

  it('in the browser shell hands the files to the download and names them', async () => {
    const files = FILES.map((f) => ({ ...f, text: `${f.name} contents` }));
    const downloaded: DownloadedFile[][] = [];
    await mountReports(reportsKiosk({ exported: () => ({ kind: 'download', files }) }), {
      download: (f) => downloaded.push(f),
    });
    await page.getByRole('button', { name: 'Export (CSV and JSON)' }).click();
    await expect.element(page.getByText('Your browser is downloading these files:')).toBeVisible();
    expect(downloaded).toEqual([files]);
    expect(fileNames()).toEqual(FILES.map((f) => f.name));
  });

  it('shows a failure with its message and keeps the range chosen, to try again', async () => {
    let fail = true;
    const api = reportsKiosk({
      exported: () => {
        if (fail) throw new KioskError('internal', 'the folder E:\\ is read-only');
        return { kind: 'saved', folder: 'F:\\', files: FILES };
      },
    });
    await mountReports(api, { today: '2026-11-18' });
    await page.getByRole('button', { name: 'Last month' }).click();
    await page.getByRole('button', { name: 'Export (CSV and JSON)' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Export failed: the folder E:\\ is read-only');
    expect(page.getByRole('button', { name: 'Last month' }).element().getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(), 'axe with the export failure').toEqual([]);
    fail = false;
    await page.getByRole('button', { name: 'Export (CSV and JSON)' }).click();
    await expect.element(page.getByText('Saved to F:\\:')).toBeVisible();
    expect(document.querySelector('.report-export__problem')).toBeNull();
    expect(api.calls.filter((c) => c.call === 'exportVisitReport').map((c) => c.request)).toEqual([
      { from: '2026-10-01', to: '2026-10-31', locale: 'en' },
      { from: '2026-10-01', to: '2026-10-31', locale: 'en' },
    ]);
  });
});

describe('downloadExport', () => {
  afterEach(() => vi.restoreAllMocks());

  it('offers each file as a download under its own name and type, and lets the object URL go', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:report-${blobs.length}`;
    });
    const revoked: string[] = [];
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => revoked.push(url));
    const clicked: { name: string; href: string; inPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.getAttribute('href') ?? '', inPage: this.isConnected });
    });
    downloadExport([
      { name: 'a.csv', mediaType: 'text/csv', text: 'kiosk,visits\r\nLobby kiosk,241\r\n' },
      { name: 'a.json', mediaType: 'application/json', text: '{"kioskLabel":"Lobby kiosk"}' },
    ]);
    expect(clicked).toEqual([
      { name: 'a.csv', href: 'blob:report-1', inPage: true },
      { name: 'a.json', href: 'blob:report-2', inPage: true },
    ]);
    expect(await blobs[0]?.text()).toBe('kiosk,visits\r\nLobby kiosk,241\r\n');
    expect(blobs.map((b) => b.type)).toEqual(['text/csv;charset=utf-8', 'application/json;charset=utf-8']);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    await expect.poll(() => revoked).toEqual(['blob:report-1', 'blob:report-2']);
  });
});
