import { describe, expect, inject, it } from 'vitest';
import type { ChecklistItem, ChecklistView } from '../../shared/checklist-schema.ts';
import { phoneTextPlain } from '../../shared/phone-words.ts';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { Region } from '../../shared/regions.ts';
import {
  BILINGUAL,
  EVERY_HANDOUT,
  EVERY_REGION,
  LONGEST_PLANS,
  MENU_PATHS,
  NUMBERS_IN_ARABIC,
  STAFF_HANDOUTS,
  TYPICAL_EVERY_LANGUAGE,
  type SheetCase,
} from '../support/sheet-cases.ts';
import { mountSheet, type MountedSheet } from './mount-sheet.tsx';

/**
 * Every printed sheet the kiosk promises, drawn as the print page draws it with the real core's
 * answers (sheet-views.ts), in Chromium with the print stylesheet and the bundled fonts: what it says,
 * in which languages and in what order, and the pages the fit step predicts (fit-sheet.ts, use-fit.ts).
 * That the paper never holds more pages than predicted, with every font embedded, only a real PDF
 * can prove: tests/e2e/checklist-pdf.e2e.ts prints the hardest of these sheets.
 */

const views = inject('sheetViews');

async function draw(c: SheetCase): Promise<MountedSheet & { view: ChecklistView }> {
  const view = views[c.name];
  if (!view) throw new Error(`no sheet composed for ${c.name}`);
  return { view, ...(await mountSheet(view)) };
}

/**
 * A path as printed: its `{{id}}` phone words by the one rule (shared/phone-words.ts) for the visitor's
 * phone, not known: the visitor's language (phone-language).
 */
function printedPath(view: ChecklistView, locale: Locale, item: ChecklistItem, path = item.path): string {
  const phone = view.phone && view.phone !== 'unknown' ? view.phone : (view.texts[0]?.locale ?? locale);
  return phoneTextPlain(path, item.words ?? {}, phone, locale);
}

/** Compared without white space, which the layout decides. */
const squash = (s: string) => s.normalize('NFKC').replaceAll(/\s+/g, '');
/** The words a reader sees: innerText leaves out what a squeezing level hides. */
const shown = (el: HTMLElement) => squash(el.innerText);

/** The face each language's text is drawn in (renderer/styles/fonts.css, print.css). */
const FONT: Record<Locale, string> = {
  en: 'Noto Sans',
  es: 'Noto Sans',
  id: 'Noto Sans',
  vi: 'Noto Sans',
  'zh-Hant': 'Noto Sans TC',
  'zh-Hans': 'Noto Sans SC',
  ko: 'Noto Sans KR',
  ar: 'Noto Sans Arabic',
};
const fontLoaded = (family: string) =>
  [...document.fonts].some((f) => f.family.replaceAll(/["']/g, '') === family && f.status === 'loaded');

/** The code points each bundled family covers: the unicode-range of its @font-face rules (fonts.css). */
function bundledRanges(): Map<string, Array<[number, number]>> {
  const ranges = new Map<string, Array<[number, number]>>();
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSImportRule && rule.styleSheet) walk(rule.styleSheet.cssRules);
      else if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
      else if (rule instanceof CSSFontFaceRule) {
        const family = rule.style.getPropertyValue('font-family').replaceAll(/["']/g, '').trim();
        const range = rule.style.getPropertyValue('unicode-range') || 'U+0-10FFFF';
        const list = ranges.get(family) ?? [];
        for (const part of range.split(',')) {
          const [from = '0', to = from] = part.trim().replace(/^U\+/i, '').split('-');
          list.push([Number.parseInt(from, 16), Number.parseInt(to, 16)]);
        }
        ranges.set(family, list);
      }
    }
  };
  for (const sheet of document.styleSheets) walk(sheet.cssRules);
  return ranges;
}

/**
 * Characters no bundled face in their element's font stack holds: Chromium takes those from the OS (a
 * kiosk without a CJK font prints boxes), and printToPDF can only draw a system collection's glyphs as
 * Type 3 outlines, slowly (an Arabic sheet's 防騙易熱線 once cost its handout a second of printing).
 */
function fromTheSystem(sheet: HTMLElement): string[] {
  const ranges = bundledRanges();
  const missing = new Set<string>();
  const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el) continue;
    const stack = getComputedStyle(el)
      .fontFamily.split(',')
      .map((f) => f.replaceAll(/["']/g, '').trim());
    for (const char of node.textContent ?? '') {
      const code = char.codePointAt(0) ?? 0;
      if (/\s/.test(char) || code < 0x20 || (code >= 0x200b && code <= 0x200f) || (code >= 0x2066 && code <= 0x2069))
        continue; // spaces and the invisible direction marks: no glyph to draw
      if (!stack.some((family) => ranges.get(family)?.some(([from, to]) => code >= from && code <= to)))
        missing.add(`${char} U+${code.toString(16).toUpperCase()} in ${stack.join(', ')}`);
    }
  }
  return [...missing];
}

/** What every sheet holds: each language's guides, drawn in its own font; the region's hotlines; the code. */
function expectDrawn(where: string, { view, sheet }: { view: ChecklistView; sheet: HTMLElement }) {
  const body = shown(sheet);
  expect(fromTheSystem(sheet), `${where}: characters only the OS's fonts hold`).toEqual([]);
  for (const text of view.texts) {
    // The fit was measured with the glyphs the printer gets, not a fallback's.
    expect(fontLoaded(FONT[text.locale]), `${where}: ${text.locale} in ${FONT[text.locale]}`).toBe(true);
    for (const item of [...text.done, ...text.todo])
      expect(body, `${where}: ${item.tutorialId} in ${text.locale}`).toContain(squash(item.item));
  }
  for (const h of view.texts[0]?.hotlines ?? [])
    expect(body, `${where}: hotline ${h.contact}`).toContain(squash(h.contact));
  if (view.code)
    expect(sheet.querySelector('.sheet__code-digits')?.textContent, `${where}: resume code`).toBe(
      `${view.code.slice(0, 4)} ${view.code.slice(4)}`,
    );
  // The visitor's language on the reading side of every line.
  const lang = view.texts[0]?.locale ?? 'en';
  for (const row of sheet.querySelectorAll('.sheet__row'))
    expect(row.querySelector('.sheet__cell')?.getAttribute('lang'), `${where}: visitor's language first`).toBe(
      LOCALE_INFO[lang].htmlLang,
    );
}

describe('a typical plan (three guides, one done)', () => {
  for (const c of TYPICAL_EVERY_LANGUAGE) {
    it(`fits one page in ${c.lang}, with Hong Kong's four hotlines, the code and the centre`, async () => {
      const drawn = await draw(c);
      expectDrawn(c.name, drawn);
      expect(drawn.fit.pages, `${c.name}: pages (${drawn.fit.points}pt/${drawn.fit.compact})`).toBe(1);
      expect(drawn.view.texts[0]?.hotlines).toHaveLength(4);
      expect(shown(drawn.sheet)).toContain(squash('Kowloon Public Library'));
    });
  }

  // A number that only one region prints: finding it elsewhere means the wrong region's lines.
  const ONLY: Partial<Record<Region, string>> = {
    HK: '18222',
    CN: '96110',
    US: '1-877-382-4357',
    UK: '0300 123 2040',
    ID: 'iasc.ojk.go.id',
  };
  for (const c of EVERY_REGION) {
    it(`fits one page in ${c.region} on ${c.paper}, with its own hotlines and no other region's`, async () => {
      const drawn = await draw(c);
      expectDrawn(c.name, drawn);
      expect(drawn.fit.pages, c.name).toBeLessThanOrEqual(1);
      const text = drawn.sheet.innerText;
      for (const [other, number] of Object.entries(ONLY)) {
        const own = other === c.region || (c.region === 'US-NYC' && other === 'US');
        expect(text.includes(number), `${c.region} sheet and ${other}'s ${number}`).toBe(own);
      }
      if (c.region === 'generic') expect(drawn.view.texts[0]?.hotlines).toEqual([]);
      // A US centre's sheet carries the DOJ National Elder Fraud Hotline, and never the unconfirmed NYPD line.
      if (c.region === 'US' || c.region === 'US-NYC') {
        expect(text, c.region).toContain('833-372-8311');
        expect(squash(text), c.region).toContain(squash('National Elder Fraud Hotline'));
        expect(text, c.region).not.toContain('646-610-7226');
      }
    });
  }

  for (const c of BILINGUAL) {
    it(`holds ${c.lang} and ${c.second}, the visitor's first, in at most two pages`, async () => {
      const drawn = await draw(c);
      expectDrawn(c.name, drawn);
      expect(drawn.view.texts.map((t) => t.locale)).toEqual([c.lang, c.second]);
      expect(drawn.fit.pages, `${c.name}: pages`).toBeLessThanOrEqual(2);
      // The Arabic sheet reads right to left; the English beside it left to right.
      if (c.lang === 'ar') {
        expect(drawn.sheet.getAttribute('dir')).toBe('rtl');
        expect(drawn.sheet.querySelector('.sheet__cell[lang="en"]')?.getAttribute('dir')).toBe('ltr');
      }
    });
  }
});

describe('a staff handout', () => {
  for (const c of STAFF_HANDOUTS) {
    it(`prints the ${c.sheet.kind === 'handout' ? c.sheet.topic : ''} topic in ${c.lang} alone, blank, with the region's hotlines`, async () => {
      const drawn = await draw(c);
      expectDrawn(c.name, drawn);
      expect(drawn.view.code).toBeUndefined();
      expect(drawn.sheet.querySelector('.sheet__code')).toBeNull();
      expect(drawn.view.texts[0]?.done).toEqual([]);
      expect(drawn.fit.pages, c.name).toBeLessThanOrEqual(2);
    });
  }
});

/**
 * The longest sheets there are, held to two pages on both papers. However far the fit step squeezes
 * them, the visitor's language keeps every goal and every menu path, both languages keep every goal
 * and every hotline's number and name, and whatever the second language leaves out is said on the
 * paper in its own words.
 */
function expectComplete(where: string, drawn: MountedSheet & { view: ChecklistView }) {
  expectDrawn(where, drawn);
  const { fit, view, sheet } = drawn;
  expect(fit.pages, `${where}: pages (fit ${fit.points}pt/${fit.compact})`).toBeLessThanOrEqual(2);
  const body = shown(sheet);
  const [first, second] = view.texts;
  // The visitor's steps, whole (the arrows between them are drawn, so they have no text).
  for (const item of first?.todo ?? [])
    expect(body, `${where}: ${item.tutorialId} steps in ${first?.locale}`).toContain(
      squash(printedPath(view, first?.locale ?? 'en', item).replaceAll(/[>＞]/g, '')),
    );
  for (const text of view.texts)
    for (const h of text.hotlines)
      expect(body, `${where}: hotline ${h.id} named in ${text.locale}`).toContain(squash(h.name));
  if (!second) return;
  // What the second language leaves out is said, in its own words, where it would have been.
  const notes = [
    ...sheet.querySelectorAll<HTMLElement>('.sheet__cell + .sheet__cell :is(.sheet__hint--brief, .sheet__hint--first)'),
  ].filter((el) => getComputedStyle(el).display !== 'none');
  const pathsShown = [
    ...sheet.querySelectorAll(`.sheet__item .sheet__cell[lang="${LOCALE_INFO[second.locale].htmlLang}"] .sheet__path`),
  ].some((el) => getComputedStyle(el).display !== 'none');
  if (second.todo.length > 0 && !pathsShown)
    expect(notes.length, `${where}: the second language says where its steps are`).toBeGreaterThan(0);
  for (const note of notes) {
    expect(note.textContent?.trim(), `${where}: a note has words`).not.toBe('');
    expect(body, `${where}: "${note.textContent}" shown`).toContain(shown(note));
  }
}

describe('the longest sheets fit two pages on A4 and Letter', () => {
  for (const c of LONGEST_PLANS) {
    it(`the personal plan ${c.name}`, async () => {
      const drawn = await draw(c);
      expectComplete(c.name, drawn);
      if (c.sheet.kind === 'personal')
        expect(
          drawn.view.texts[0]?.done.map((d) => d.tutorialId),
          c.name,
        ).toEqual(c.sheet.plan.completed);
      expect(drawn.sheet.querySelectorAll('.sheet__item--done')).toHaveLength(drawn.view.texts[0]?.done.length ?? -1);
    });
  }
  for (const c of EVERY_HANDOUT) {
    it(`the handout ${c.name}`, async () => {
      const drawn = await draw(c);
      expectComplete(c.name, drawn);
      expect(drawn.view.texts[0]?.todo.length, c.name).toBeGreaterThan(0);
    });
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

it('menu paths read in order in Arabic and English: each step isolated, arrows pointing the reading direction', async () => {
  const { view, sheet } = await draw(MENU_PATHS);
  for (const [locale, dir] of [
    ['ar', 'rtl'],
    ['en', 'ltr'],
  ] as const) {
    const text = view.texts.find((t) => t.locale === locale);
    const paths = sheet.querySelectorAll<HTMLElement>(`.sheet__item .sheet__cell[lang="${locale}"] .sheet__path`);
    expect(text?.todo.length, locale).toBeGreaterThan(0);
    for (const [i, item] of (text?.todo ?? []).entries()) {
      const path = paths[i];
      const where = `${locale} ${item.tutorialId}`;
      expect(path?.getAttribute('dir'), where).toBe(dir);
      // The steps, in the order written, each its own isolate; every run of words isolated with its own direction.
      const steps = [...(path?.querySelectorAll<HTMLElement>(':scope > .menu-path__step') ?? [])].map((step) => {
        const r = step.getClientRects();
        return {
          text: step.innerText, // what is shown: not the "(…)" a condensed sheet prints instead of a note
          bidi: getComputedStyle(step).unicodeBidi,
          words: [...step.querySelectorAll('.menu-path__words')].map(
            (w) => `${w.getAttribute('dir')}/${getComputedStyle(w).unicodeBidi}`,
          ),
          // One box per line the step spans: the first line's box is where the step starts.
          first: r[0] ?? null,
          last: r[r.length - 1] ?? null,
        };
      });
      // (Arrows inside a note are drawn too, so they have no text.)
      const written = topLevelSteps(item.path).map((s) => printedPath(view, locale, item, s).replaceAll(/[\s>]+/g, ''));
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
      const arrows = [...(path?.querySelectorAll(':scope > .menu-path__arrow') ?? [])].map((e) =>
        e.getAttribute('data-points'),
      );
      expect(arrows, where).toEqual(Array(steps.length - 1).fill(dir === 'rtl' ? 'left' : 'right'));
    }
  }
});

it('numbers inside Arabic text print whole, left to right, never broken across lines (1-877-FTC-HELP, 833-FRAUD-11)', async () => {
  const { sheet } = await draw(NUMBERS_IN_ARABIC);
  const runs = [...sheet.querySelectorAll('.ltr-run')].map((el) => ({
    text: el.textContent ?? '',
    dir: getComputedStyle(el).direction,
    // Kept on one line by the style, wherever the line ends fall on this sheet.
    wrap: getComputedStyle(el).whiteSpace,
    lines: new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size,
  }));
  for (const token of ['1-877-FTC-HELP', '833-FRAUD-11']) {
    const run = runs.find((r) => r.text === token);
    expect(run, token).toBeDefined();
    expect(run?.dir, token).toBe('ltr');
    expect(run?.lines, `${token} on one line`).toBe(1);
  }
  for (const run of runs) {
    expect(run.lines, `${run.text} on one line`).toBe(1);
    expect(run.wrap, `${run.text} never wrapped`).toBe('nowrap');
  }
});
