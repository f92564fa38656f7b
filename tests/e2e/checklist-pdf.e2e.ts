import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ChecklistView } from '../../shared/checklist-schema.ts';
import { LOCALE_INFO, LOCALES, type Locale } from '../../shared/locales.ts';
import type { Region } from '../../shared/regions.ts';
import { call } from '../support/unwrap.ts';
import { expect, test } from './fixtures.ts';
import { REPO, startShell, type RunningShell } from './shell.ts';

/**
 * The printed checklist as paper: each region's kiosk (its own data folder and kiosk.json) renders the
 * sheet in Chromium's print path (the same CDP printToPDF Electron uses), and poppler reads it back.
 */
declare global {
  interface Window {
    /** Set by the print page (renderer/print/PrintPage.tsx). */
    __safecallPrintReady?: Promise<'ready' | 'error'>;
  }
}

const OUT = join(REPO, 'test-results', 'pdf');
const TYPICAL = {
  actions: [
    { tutorialId: 'general-stop-screen-share' },
    { tutorialId: 'iphone-turn-off-facetime' },
    { tutorialId: 'iphone-silence-unknown-callers' },
  ],
  completed: ['iphone-turn-off-facetime'],
};
const SETTINGS: Record<Region, { paperSize: 'A4' | 'Letter'; centreName: string }> = {
  HK: { paperSize: 'A4', centreName: 'Kowloon Public Library' },
  CN: { paperSize: 'A4', centreName: '社区服务中心' },
  US: { paperSize: 'Letter', centreName: 'Queens Public Library' },
  'US-NYC': { paperSize: 'Letter', centreName: 'Flushing Senior Center' },
  UK: { paperSize: 'A4', centreName: 'Leeds Central Library' },
  ID: { paperSize: 'A4', centreName: 'Perpustakaan Kota' },
  generic: { paperSize: 'A4', centreName: 'Community Centre' },
};

type Paper = 'A4' | 'Letter';
/** One kiosk per region and paper size, started on first use and kept for the worker's share of this file. */
const kiosks = new Map<string, RunningShell>();

async function kioskFor(region: Region, paperSize: Paper = SETTINGS[region].paperSize): Promise<RunningShell> {
  const key = `${region}/${paperSize}`;
  const existing = kiosks.get(key);
  if (existing) return existing;
  const running = await startShell({
    prefix: `safecall-pdf-${region}-${paperSize}-`,
    kioskJson: { region, ...SETTINGS[region], paperSize },
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
  view: ChecklistView;
  /** What the print page's fit step chose ("14pt/7": size and COMPACT_LEVELS index) and the pages it expected. */
  fit: string;
  predicted: number;
}

/** Opens the print page, waits for the sheet, prints it to PDF as Electron would, and reads it back. */
async function printPdf(page: Page, region: Region, path: string, name: string, paper?: Paper): Promise<Printed> {
  const { baseURL: base, kiosk } = await kioskFor(region, paper);
  await page.goto(`${base}${path}`);
  expect(await page.evaluate(() => window.__safecallPrintReady)).toBe('ready');
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.pdf`);
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
  const url = new URL(`${base}${path}`);
  const sheet = url.pathname.endsWith('handout')
    ? {
        kind: 'handout',
        topic: url.searchParams.get('topic'),
        lang: url.searchParams.get('lang'),
        ...(url.searchParams.get('second') && { second: url.searchParams.get('second') }),
      }
    : {
        kind: 'personal',
        code: url.searchParams.get('code'),
        lang: url.searchParams.get('lang'),
        ...(url.searchParams.get('second') && { second: url.searchParams.get('second') }),
      };
  return {
    text: execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).normalize('NFKC'),
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    pageSize: /Page size:.*\((\w+)\)/.exec(info)?.[1] ?? /Page size:\s+(.*)/.exec(info)?.[1] ?? '',
    fonts,
    view: await call<ChecklistView>(kiosk, 'composeSheet', { sheet }),
    fit,
    predicted,
  };
}

/** Text as pdftotext gives it back: lines broken and spaced by layout, so compare without whitespace. */
const squash = (s: string) => s.normalize('NFKC').replaceAll(/\s+/g, '');

const FONT_FOR: Partial<Record<Locale, RegExp>> = {
  'zh-Hant': /NotoSansTC/,
  'zh-Hans': /NotoSansSC/,
  ko: /NotoSansKR/,
  ar: /NotoSansArabic/,
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
    if (font)
      expect(
        printed.fonts.some((f) => font.test(f.name)),
        `${where}: ${text.locale} font`,
      ).toBe(true);
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

/** A typical plan (three guides, one done) prints on one page in every language, Hong Kong's four lines included. */
test("a typical plan prints on one page in every language, fonts embedded, with the region's hotlines and the code", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { kiosk } = await kioskFor('HK');
  const { code } = await call<{ code: string }>(kiosk, 'saveChecklist', TYPICAL);
  for (const locale of LOCALES) {
    const printed = await printPdf(page, 'HK', `/print/checklist?code=${code}&lang=${locale}`, `typical-HK-${locale}`);
    expectSheet(printed, locale);
    expect(printed.pages, `${locale}: pages (${printed.fit})`).toBe(1);
    expect(printed.pageSize, locale).toBe('A4');
    expect(squash(printed.text), locale).toContain(squash('Kowloon Public Library'));
  }
});

test("each region prints its own hotlines and no other region's, on the centre's paper size", async ({ page }) => {
  test.setTimeout(180_000);
  // A number that only one region prints: finding it elsewhere means the wrong region's lines.
  const ONLY: Partial<Record<Region, string>> = {
    HK: '18222',
    CN: '96110',
    US: '1-877-382-4357',
    UK: '0300 123 2040',
    ID: 'iasc.ojk.go.id',
  };
  for (const region of Object.keys(SETTINGS) as Region[]) {
    const { kiosk } = await kioskFor(region);
    const { code } = await call<{ code: string }>(kiosk, 'saveChecklist', TYPICAL);
    const printed = await printPdf(page, region, `/print/checklist?code=${code}&lang=en`, `region-${region}-en`);
    expectSheet(printed, region);
    expect(printed.pages, region).toBeLessThanOrEqual(1);
    expect(printed.pageSize, region).toBe(SETTINGS[region].paperSize === 'A4' ? 'A4' : 'letter');
    for (const [other, number] of Object.entries(ONLY)) {
      const own = other === region || (region === 'US-NYC' && other === 'US');
      expect(printed.text.includes(number), `${region} sheet and ${other}'s ${number}`).toBe(own);
    }
    if (region === 'generic') expect(printed.view.texts[0]?.hotlines).toEqual([]);
    // A US centre's sheet carries the DOJ National Elder Fraud Hotline, and never the unconfirmed NYPD line.
    if (region === 'US' || region === 'US-NYC') {
      expect(printed.text, region).toContain('833-372-8311');
      expect(squash(printed.text), region).toContain(squash('National Elder Fraud Hotline'));
      expect(printed.text, region).not.toContain('646-610-7226');
    }
  }
});

test("bilingual sheets hold both languages, the visitor's first, in at most two pages", async ({ page }) => {
  test.setTimeout(180_000);
  const pairs: Array<[Locale, Locale, Region]> = [
    ['ar', 'en', 'US-NYC'],
    ['zh-Hant', 'en', 'HK'],
    ['es', 'en', 'US'],
    ['zh-Hans', 'zh-Hant', 'CN'],
    ['vi', 'ko', 'generic'],
  ];
  for (const [lang, second, region] of pairs) {
    const { kiosk } = await kioskFor(region);
    const { code } = await call<{ code: string }>(kiosk, 'saveChecklist', TYPICAL);
    const printed = await printPdf(
      page,
      region,
      `/print/checklist?code=${code}&lang=${lang}&second=${second}`,
      `bilingual-${lang}-${second}`,
    );
    expectSheet(printed, `${lang}+${second}`);
    expect(printed.view.texts.map((t) => t.locale)).toEqual([lang, second]);
    expect(printed.pages, `${lang}+${second}: pages`).toBeLessThanOrEqual(2);
    // The Arabic sheet reads right to left; the English beside it left to right.
    if (lang === 'ar') {
      expect(await page.locator('.sheet').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('.sheet__cell[lang="en"]').first().getAttribute('dir')).toBe('ltr');
    }
  }
});

test("a staff handout prints a topic in one language, blank, with the region's hotlines", async ({ page }) => {
  test.setTimeout(120_000);
  for (const [topic, lang, second] of [
    ['general', 'zh-Hant', undefined],
    ['whatsapp', 'ar', undefined],
    ['wechat', 'zh-Hans', undefined],
  ] as const) {
    const path = `/print/handout?topic=${topic}&lang=${lang}${second ? `&second=${second}` : ''}`;
    const printed = await printPdf(page, 'HK', path, `handout-${topic}-${lang}`);
    expectSheet(printed, path);
    expect(printed.view.code).toBeUndefined();
    expect(printed.view.texts[0]?.done).toEqual([]);
    expect(printed.pages, path).toBeLessThanOrEqual(2);
  }
});

/** A path's steps as written: split at each ">" outside brackets (an oracle apart from the renderer's parser). */
function topLevelSteps(path: string): string[] {
  const steps = [''];
  let depth = 0;
  for (const c of path) {
    if ('(（['.includes(c)) depth++;
    if (')）]'.includes(c)) depth--;
    if (c === '>' && depth === 0) steps.push('');
    else steps[steps.length - 1] += c;
  }
  return steps;
}

test('menu paths read in order in Arabic and English: each step isolated, arrows pointing the reading direction', async ({
  page,
}) => {
  const { kiosk } = await kioskFor('HK');
  const { code } = await call<{ code: string }>(kiosk, 'saveChecklist', {
    actions: [{ tutorialId: 'iphone-silence-unknown-callers' }, { tutorialId: 'iphone-block-caller' }],
    completed: [],
  });
  const printed = await printPdf(page, 'HK', `/print/checklist?code=${code}&lang=ar&second=en`, 'menu-paths-ar-en');
  for (const [locale, dir] of [
    ['ar', 'rtl'],
    ['en', 'ltr'],
  ] as const) {
    const text = printed.view.texts.find((t) => t.locale === locale);
    for (const [i, item] of (text?.todo ?? []).entries()) {
      const path = page.locator(`.sheet__item .sheet__cell[lang="${locale}"] .sheet__path`).nth(i);
      const where = `${locale} ${item.tutorialId}`;
      expect(await path.getAttribute('dir'), where).toBe(dir);
      // The steps, in the order written, each its own isolate; every run of words isolated with its own direction.
      const steps = await path.evaluate((el) =>
        [...el.querySelectorAll(':scope > .menu-path__step')].map((step) => {
          const r = step.getClientRects();
          return {
            text: (step as HTMLElement).innerText, // what is shown: not the "(…)" a condensed sheet prints instead of a note
            bidi: getComputedStyle(step).unicodeBidi,
            words: [...step.querySelectorAll('.menu-path__words')].map(
              (w) => `${w.getAttribute('dir')}/${getComputedStyle(w).unicodeBidi}`,
            ),
            // One box per line the step spans: the first line's box is where the step starts.
            first: r[0] ? { left: r[0].left, right: r[0].right, top: r[0].top } : null,
            last: r.length
              ? { left: r[r.length - 1]!.left, right: r[r.length - 1]!.right, top: r[r.length - 1]!.top }
              : null,
          };
        }),
      );
      // (Arrows inside a note are drawn too, so they have no text.)
      const written = topLevelSteps(item.path).map((s) => s.replaceAll(/[\s>]+/g, ''));
      expect(
        steps.map((s) => s.text.replaceAll(/\s+/g, '')),
        where,
      ).toEqual(written);
      for (const step of steps) {
        expect(step.bidi, where).toBe('isolate');
        for (const w of step.words) expect(w, where).toBe('auto/isolate');
      }
      // Read in the line's direction, each step starts where the one before it ended: right to left in Arabic.
      for (let k = 1; k < steps.length; k++) {
        const before = steps[k - 1]?.last;
        const next = steps[k]?.first;
        if (!before || !next || Math.abs(before.top - next.top) > 2) continue; // a line break between them
        if (dir === 'rtl')
          expect(next.right, `${where}: step ${k} left of step ${k - 1}`).toBeLessThanOrEqual(before.left + 0.5);
        else expect(next.left, `${where}: step ${k} right of step ${k - 1}`).toBeGreaterThanOrEqual(before.right - 0.5);
      }
      const arrows = await path
        .locator(':scope > .menu-path__arrow')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-points')));
      expect(arrows, where).toEqual(Array(steps.length - 1).fill(dir === 'rtl' ? 'left' : 'right'));
    }
  }
});

/**
 * The longest sheets there are, held to two pages on both papers: a personal plan of five actions
 * with the longest menu paths (three of them done, three more guides browsed and done; and the same
 * plan before anything is done), and a handout of every topic (the iPhone one has ten guides), in the
 * longest language pairs. However far the fit step squeezes them, the visitor's language keeps every
 * goal and every menu path, both languages keep every goal and every hotline's number and name, and
 * whatever the second language leaves out is said on the paper in its own words.
 */
const LONGEST_PATHS = [
  'iphone-imessage-unknown-senders',
  'wechat-hide-nearby-location',
  'iphone-silence-unknown-callers',
  'whatsapp-two-step-verification',
  'whatsapp-privacy-checkup',
];
const WORST_PLAN = {
  actions: LONGEST_PATHS.map((tutorialId) => ({ tutorialId })),
  completed: [
    ...LONGEST_PATHS.slice(2),
    'iphone-turn-off-facetime',
    'general-stop-screen-share',
    'android-google-phone-spam',
  ],
};
const NOTHING_DONE_YET = { actions: LONGEST_PATHS.map((tutorialId) => ({ tutorialId })), completed: [] };
const PAPERS: readonly Paper[] = ['A4', 'Letter'];
/** The region with the most printed lines and the longest things to say about them. */
const LONG_REGION: Region = 'UK';

async function expectComplete(page: Page, printed: Printed, where: string) {
  expectSheet(printed, where);
  expect(printed.pages, `${where}: pages (fit ${printed.fit})`).toBeLessThanOrEqual(2);
  const body = squash(printed.text);
  const [first, second] = printed.view.texts;
  // The visitor's steps, whole (the arrows between them are drawn, so they have no text).
  if (first && first.locale !== 'ar') {
    for (const item of first.todo)
      expect(body, `${where}: ${item.tutorialId} steps in ${first.locale}`).toContain(
        squash(item.path.replaceAll(/[>＞]/g, '')),
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

for (const paper of PAPERS) {
  test(`the longest personal plans print in at most two pages on ${paper}, bilingual in the longest pairs`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const pairs: Array<[Locale, Locale]> = [
      ['ar', 'id'],
      ['id', 'ar'],
      ['vi', 'es'],
      ['es', 'vi'],
    ];
    const { kiosk } = await kioskFor(LONG_REGION, paper);
    for (const [planName, plan] of [
      ['worst', WORST_PLAN],
      ['nothing-done', NOTHING_DONE_YET],
    ] as const) {
      const { code } = await call<{ code: string }>(kiosk, 'saveChecklist', plan);
      for (const [lang, second] of planName === 'worst' ? pairs : pairs.slice(0, 2)) {
        const name = `longest-plan-${planName}-${lang}-${second}-${paper}`;
        const printed = await printPdf(
          page,
          LONG_REGION,
          `/print/checklist?code=${code}&lang=${lang}&second=${second}`,
          name,
          paper,
        );
        await expectComplete(page, printed, name);
        expect(printed.pageSize, name).toBe(paper === 'A4' ? 'A4' : 'letter');
        expect(
          printed.view.texts[0]?.done.map((d) => d.tutorialId),
          name,
        ).toEqual(plan.completed);
      }
    }
  });
}

// One test per topic and paper (three PDFs each), so the two workers share them and no one test
// carries thirty PDFs against its timeout on a busy machine.
for (const paper of PAPERS) {
  for (const topic of ['iphone', 'whatsapp', 'wechat', 'android', 'general'] as const) {
    test(`the ${topic} handout prints in at most two pages on ${paper}, bilingual ar+en, vi+ko and es+zh-Hant`, async ({
      page,
    }) => {
      for (const [lang, second] of [
        ['ar', 'en'],
        ['vi', 'ko'],
        ['es', 'zh-Hant'],
      ] as const) {
        const name = `handout-${topic}-${lang}-${second}-${paper}`;
        const printed = await printPdf(
          page,
          LONG_REGION,
          `/print/handout?topic=${topic}&lang=${lang}&second=${second}`,
          name,
          paper,
        );
        await expectComplete(page, printed, name);
        expect(printed.view.texts[0]?.todo.length, name).toBeGreaterThan(0);
      }
    });
  }
}

test('a wrong address or an unknown code says so on the page and is never printed as a checklist', async ({ page }) => {
  const { baseURL: base } = await kioskFor('HK');
  await page.goto(`${base}/print/checklist?code=00000000&lang=en`);
  expect(await page.evaluate(() => window.__safecallPrintReady)).toBe('error');
  await expect(page.getByRole('alert')).toContainText('No checklist has that code');
  await page.goto(`${base}/print/handout?topic=fax&lang=en`);
  expect(await page.evaluate(() => window.__safecallPrintReady)).toBe('error');
  await expect(page.getByRole('alert')).toContainText('topic');
});

test('numbers inside Arabic text print whole, left to right, never broken across lines (1-877-FTC-HELP, 833-FRAUD-11)', async ({
  page,
}) => {
  const { kiosk } = await kioskFor('US');
  const { code } = await call<{ code: string }>(kiosk, 'saveChecklist', TYPICAL);
  await printPdf(page, 'US', `/print/checklist?code=${code}&lang=ar`, 'numbers-in-arabic-US');
  const runs = await page.locator('.ltr-run').evaluateAll((els) =>
    els.map((el) => ({
      text: el.textContent ?? '',
      dir: getComputedStyle(el).direction,
      lines: new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size,
    })),
  );
  for (const token of ['1-877-FTC-HELP', '833-FRAUD-11']) {
    const run = runs.find((r) => r.text === token);
    expect(run, token).toBeDefined();
    expect(run?.dir, token).toBe('ltr');
    expect(run?.lines, `${token} on one line`).toBe(1);
  }
  for (const run of runs) expect(run.lines, `${run.text} on one line`).toBe(1);
});
