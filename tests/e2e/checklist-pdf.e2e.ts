import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sheetPath, type ChecklistView, type SheetRequest } from '../../shared/checklist-schema.ts';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import { phoneTextPlain } from '../../shared/phone-words.ts';
import type { Region } from '../../shared/regions.ts';
import type { PaperSize } from '../../shared/settings-schema.ts';
import { CENTRES, sheetCaseNamed, type SheetCase } from '../support/sheet-cases.ts';
import { call } from '../support/unwrap.ts';
import { expect, test } from './fixtures.ts';
import { REPO, startShell, type RunningShell } from './shell.ts';

/**
 * The printed checklist as paper: each region's kiosk (its own data folder and kiosk.json) renders the
 * sheet in Chromium's print path (the same CDP printToPDF Electron uses), and poppler reads it back.
 * What a sheet says and the pages the fit step predicts are checked for every sheet the kiosk
 * promises in tests/component/print-sheets.test.tsx; here only what paper proves, on the hardest of
 * those sheets (the fullest pages there are): the printer never gets more pages than the fit step
 * predicted (a blank trailing page counts), every font is embedded, and the words come back off the page.
 */
declare global {
  interface Window {
    /** Set by the print page (renderer/print/PrintPage.tsx). */
    __safecallPrintReady?: Promise<'ready' | 'error'>;
  }
}

const OUT = join(REPO, 'test-results', 'pdf');

/** One kiosk per region and paper size, started on first use and kept for the worker's share of this file. */
const kiosks = new Map<string, RunningShell>();

async function kioskFor(region: Region, paperSize: PaperSize = CENTRES[region].paperSize): Promise<RunningShell> {
  const key = `${region}/${paperSize}`;
  const existing = kiosks.get(key);
  if (existing) return existing;
  const running = await startShell({
    prefix: `safecall-pdf-${region}-${paperSize}-`,
    kioskJson: { region, ...CENTRES[region], paperSize },
  });
  kiosks.set(key, running);
  return running;
}

test.afterAll(() => {
  for (const running of kiosks.values()) running.close();
  kiosks.clear();
});

interface Printed {
  text: string;
  pages: number;
  pageSize: string;
  fonts: Array<{ name: string; embedded: boolean }>;
  /** The web font families the page had loaded when it printed (document.fonts). */
  loadedFamilies: string[];
  view: ChecklistView;
  /** What the print page's fit step chose ("14pt/7": size and COMPACT_LEVELS index) and the pages it expected. */
  fit: string;
  predicted: number;
}

/**
 * Saves the case's plan (or takes its topic) at its centre's kiosk, opens the print page, waits for
 * the sheet, prints it to PDF as Electron would, and reads it back.
 */
async function printPdf(page: Page, c: SheetCase): Promise<Printed> {
  const { baseURL: base, kiosk } = await kioskFor(c.region, c.paper);
  const languages = { lang: c.lang, ...(c.second && { second: c.second }) };
  const sheet: SheetRequest =
    c.sheet.kind === 'personal'
      ? {
          kind: 'personal',
          code: (await call<{ code: string }>(kiosk, 'saveChecklist', c.sheet.plan)).code,
          ...languages,
        }
      : { kind: 'handout', topic: c.sheet.topic, ...languages };
  await page.goto(`${base}${sheetPath(sheet)}`);
  expect(await page.evaluate(() => window.__safecallPrintReady)).toBe('ready');
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${c.name}.pdf`);
  const loadedFamilies = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replaceAll(/["']/g, '')),
  );
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type… emb sub uni object ID: emb is the fifth column from the end.
      return { name: cols[0] ?? '', embedded: cols.at(-5) === 'yes' };
    });
  const { fit, predicted } = await page.evaluate(() => ({
    fit: document.documentElement.dataset.printFit ?? '',
    predicted: Number(document.documentElement.dataset.printPages),
  }));
  return {
    text: execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).normalize('NFKC'),
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    pageSize: /Page size:.*\((\w+)\)/.exec(info)?.[1] ?? /Page size:\s+(.*)/.exec(info)?.[1] ?? '',
    fonts,
    loadedFamilies,
    view: await call<ChecklistView>(kiosk, 'composeSheet', { sheet }),
    fit,
    predicted,
  };
}

/** Text as pdftotext gives it back: lines broken and spaced by layout, so compare without whitespace. */
const squash = (s: string) => s.normalize('NFKC').replaceAll(/\s+/g, '');

/**
 * The bundled face each script is drawn in. Chromium embeds a variable font as Type 3 glyph outlines, which
 * carry no font name in the PDF, so the face is checked where it is drawn: loaded by the page that printed.
 */
const FONT_FOR: Partial<Record<Locale, string>> = {
  'zh-Hant': 'Noto Sans TC Variable',
  'zh-Hans': 'Noto Sans SC Variable',
  ko: 'Noto Sans KR Variable',
  ar: 'Noto Sans Arabic Variable',
};

function expectSheet(printed: Printed, where: string) {
  // The page count the fit step predicts is what the preview tells the visitor: paper never holds
  // more pages than that (a blank trailing page counts).
  expect(printed.pages, `${where}: pages printed vs predicted (${printed.fit})`).toBeLessThanOrEqual(printed.predicted);
  expect(printed.fonts.length, `${where}: fonts`).toBeGreaterThan(0);
  expect(
    printed.fonts.filter((f) => !f.embedded),
    `${where}: every font embedded`,
  ).toEqual([]);
  const body = squash(printed.text);
  for (const text of printed.view.texts) {
    const font = FONT_FOR[text.locale];
    if (font) expect(printed.loadedFamilies, `${where}: ${text.locale} font`).toContain(font);
    // Arabic comes back from the PDF in visual order, so its words are checked through the other
    // fields below; Latin digits and names read back in every language.
    if (text.locale !== 'ar') {
      for (const item of [...text.done, ...text.todo])
        expect(body, `${where}: ${item.tutorialId} in ${text.locale}`).toContain(squash(item.item));
    }
  }
  for (const h of printed.view.texts[0]?.hotlines ?? [])
    expect(body, `${where}: hotline ${h.contact}`).toContain(squash(h.contact));
  if (printed.view.code)
    expect(printed.text, `${where}: resume code`).toContain(
      `${printed.view.code.slice(0, 4)} ${printed.view.code.slice(4)}`,
    );
}

/**
 * The longest sheets, squeezed furthest: however far, the visitor's language keeps every goal and
 * every menu path on the paper, both languages every hotline's name, and whatever the second
 * language leaves out is said on the paper in its own words.
 */
async function expectComplete(page: Page, printed: Printed, where: string) {
  expectSheet(printed, where);
  expect(printed.pages, `${where}: pages (fit ${printed.fit})`).toBeLessThanOrEqual(2);
  const body = squash(printed.text);
  const [first, second] = printed.view.texts;
  // The visitor's steps, whole (the arrows between them are drawn, so they have no text).
  if (first && first.locale !== 'ar') {
    for (const item of first.todo)
      expect(body, `${where}: ${item.tutorialId} steps in ${first.locale}`).toContain(
        // Its phone words as the sheet prints them, by the one rule for the visitor's phone language.
        squash(
          phoneTextPlain(item.path, item.words ?? {}, printed.view.phone ?? 'unknown', first.locale).replaceAll(
            /[>＞]/g,
            '',
          ),
        ),
      );
  }
  for (const text of printed.view.texts) {
    if (text.locale === 'ar') continue;
    for (const h of text.hotlines)
      expect(body, `${where}: hotline ${h.id} named in ${text.locale}`).toContain(squash(h.name));
  }
  if (!second) return;
  // What the second language leaves out is said, in its own words, where it would have been.
  const notes = await page
    .locator('.sheet__cell + .sheet__cell :is(.sheet__hint--brief, .sheet__hint--first)')
    .evaluateAll((els) =>
      els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.textContent ?? ''),
    );
  const pathsShown = await page
    .locator(`.sheet__item .sheet__cell[lang="${LOCALE_INFO[second.locale].htmlLang}"] .sheet__path`)
    .evaluateAll((els) => els.some((el) => getComputedStyle(el).display !== 'none'));
  if (second.todo.length > 0 && !pathsShown)
    expect(notes.length, `${where}: the second language says where its steps are`).toBeGreaterThan(0);
  if (second.locale !== 'ar')
    for (const note of notes) expect(body, `${where}: "${note}" printed`).toContain(squash(note));
}

// The longest personal plan (five actions with the longest menu paths, six done) in Arabic beside
// Indonesian: at the fit step's fifth level it filled 93% of two A4 pages and 98% of two Letter pages
// when this was written (December 2026).
for (const paper of ['A4', 'Letter'] as const) {
  test(`the longest personal plan (ar+id) prints on ${paper} in no more pages than predicted, at most two, every font embedded`, async ({
    page,
  }) => {
    const c = sheetCaseNamed(`longest-plan-worst-ar-id-${paper}`);
    const printed = await printPdf(page, c);
    await expectComplete(page, printed, c.name);
    expect(printed.pageSize, c.name).toBe(paper === 'A4' ? 'A4' : 'letter');
    if (c.sheet.kind === 'personal')
      expect(
        printed.view.texts[0]?.done.map((d) => d.tutorialId),
        c.name,
      ).toEqual(c.sheet.plan.completed);
  });
}

// The iPhone handout (ten guides) on Letter, the shorter page, in a pair from each script family: Arabic
// (at the last squeezing level), Korean and Traditional Chinese beside Latin (90 to 98% of two pages).
for (const [lang, second] of [
  ['ar', 'en'],
  ['vi', 'ko'],
  ['es', 'zh-Hant'],
] as const) {
  test(`the iPhone handout in ${lang}+${second} prints on Letter in no more pages than predicted, at most two, every font embedded`, async ({
    page,
  }) => {
    const c = sheetCaseNamed(`handout-iphone-${lang}-${second}-Letter`);
    const printed = await printPdf(page, c);
    await expectComplete(page, printed, c.name);
    expect(printed.pageSize, c.name).toBe('letter');
  });
}

// The one-page sheets nearest the foot of the page (over 99% of it, in Korean and Indonesian), and
// Simplified Chinese, the last script: a blank second page is what the fit step's margin prevents.
test('the fullest one-page sheets print on one page, every font embedded (typical plan in ko and id, WeChat handout in zh-Hans)', async ({
  page,
}) => {
  for (const name of ['typical-HK-ko', 'typical-HK-id', 'handout-wechat-zh-Hans']) {
    const printed = await printPdf(page, sheetCaseNamed(name));
    expectSheet(printed, name);
    expect(printed.predicted, `${name}: predicted (${printed.fit})`).toBe(1);
    expect(printed.pages, name).toBe(1);
    expect(printed.pageSize, name).toBe('A4');
    expect(squash(printed.text), name).toContain(squash('Kowloon Public Library'));
  }
});

// On the worker's own kiosk (fixtures.ts): no centre of its own needed to be turned away.
test('a wrong address or an unknown code says so on the page and is never printed as a checklist', async ({ page }) => {
  await page.goto('/print/checklist?code=00000000&lang=en');
  expect(await page.evaluate(() => window.__safecallPrintReady)).toBe('error');
  await expect(page.getByRole('alert')).toContainText('No checklist has that code');
  await page.goto('/print/handout?topic=fax&lang=en');
  expect(await page.evaluate(() => window.__safecallPrintReady)).toBe('error');
  await expect(page.getByRole('alert')).toContainText('topic');
});
