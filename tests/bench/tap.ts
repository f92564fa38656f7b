import { chromium, type Page } from '@playwright/test';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import { startShell } from '../e2e/shell.ts';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { pct, report, samples, SMOKE } from './figures.ts';
import { tapUntilPainted, type TapAnswer } from './painted.ts';
import { buildFloors } from './floor/build-floors.ts';
import { takeScreenMarkup, type ScreenMarkup } from './floor/screen-markup.ts';
import { loadedFaces, serveFloor, tapFloor } from './tap-floor.ts';

/**
 * Tap to next screen painted, and language switch (issue 18), in real Chromium against the browser shell:
 * visitors walk whole visits (language, phone language, the questions, the plan, its guides step by step, a
 * change of language now and then, finish) until enough taps are timed. Each tap is timed in the page from
 * the click to the next screen painted in its own fonts (painted.ts), fetches to the core included. What to
 * tap next is read from the settled screen, never from a count taken while it was still changing.
 * Then the same walk with Chromium's CPU slowed four times (an old PC). Needs the built renderer.
 *
 * Each timed tap's screens, before and after, are kept as still markup; after the walk the same changes are
 * timed again on the tap floor (floor/screens, tap-floor.ts): the kiosk's markup in its style sheets and faces,
 * put on the page with no React, no i18n and no core. No app draws these screens faster, so the floor's figures
 * say how much of a tap's time is the app's, at each CPU speed (context, no budget). Then once more with React
 * drawing that markup: what React itself adds to each change, before any of the kiosk's own code.
 */
assertChromium();
const shell = await startShell({ prefix: 'safecall-tap-bench-' });

/** Visitors' languages in turn: each visit reads another script, as a lobby's visitors do. */
const VISIT_LOCALES: Locale[] = ['zh-Hant', 'en', 'ar', 'ko', 'vi', 'zh-Hans', 'es', 'id'];
/** A language switch every so many taps (where the top bar offers one), to the next language in this list. */
const SWITCH_EVERY = 4;
const SWITCH_TO: Locale[] = ['ar', 'zh-Hans', 'ko', 'en', 'zh-Hant', 'vi', 'es', 'id'];
/** Guides a visitor walks before finishing: two, so visits (and their first screens) come round often. */
const GUIDES_PER_VISIT = 2;

type Screen =
  | 'attract'
  | 'language'
  | 'phoneLanguage'
  | 'question'
  | 'findPhone'
  | 'plan'
  | 'version'
  | 'step'
  | 'done'
  | 'confirm'
  | 'picker';

/** Which screen is settled on the page now (after a timed tap has seen it painted and unchanged). */
function screenOf(page: Page): Promise<Screen | string> {
  return page.evaluate(() => {
    const has = (selector: string) => document.querySelector(selector) !== null;
    if (has('.language-picker')) return 'picker';
    if (has('.confirm-end')) return 'confirm';
    if (has('.attract__surface')) return 'attract';
    if (has('main.phone-language')) return 'phoneLanguage';
    if (has('main.language')) return 'language';
    if (has('main.find-phone')) return 'findPhone';
    if (has('main.question')) return 'question';
    if (has('main.plan .plan-item__start')) return 'plan';
    if (has('.version__choice')) return 'version';
    if (has('.step__text')) return 'step';
    if (has('main.done')) return 'done';
    return `unknown screen: ${(document.body.textContent ?? '').slice(0, 300)}`;
  });
}

interface Walk {
  taps: Map<string, TapAnswer[]>;
  switches: TapAnswer[];
  /** Each timed tap's screens, settled before and after, for the tap floor. */
  changes: { transition: string; before: ScreenMarkup; after: ScreenMarkup }[];
}

async function walk(page: Page, wantTaps: number, wantSwitches: number, timeoutMs: number): Promise<Walk> {
  const taps = new Map<string, TapAnswer[]>();
  const switches: TapAnswer[] = [];
  const changes: Walk['changes'] = [];
  const tapped = () => [...taps.values()].reduce((n, list) => n + list.length, 0);
  const tap = async (transition: string, selector: string, ready: string) => {
    const before = await page.evaluate(takeScreenMarkup);
    const answer = await page.evaluate(tapUntilPainted, { tap: selector, ready, timeoutMs });
    taps.set(transition, [...(taps.get(transition) ?? []), answer]);
    changes.push({ transition, before, after: await page.evaluate(takeScreenMarkup) });
  };
  let visit = -1;
  let guides = 0;
  let switchTurn = 0;
  let sinceSwitch = 0;
  while (tapped() < wantTaps || switches.length < wantSwitches) {
    const screen = await screenOf(page);
    // A language switch now and then, from whatever screen has the top bar's language button.
    if (
      sinceSwitch >= SWITCH_EVERY &&
      switches.length < wantSwitches &&
      ['question', 'plan', 'step'].includes(screen) &&
      (await page.locator('.top-bar__language').count()) === 1
    ) {
      sinceSwitch = 0;
      const current = await page.evaluate(() => document.documentElement.lang);
      let to = SWITCH_TO[switchTurn++ % SWITCH_TO.length] as Locale;
      if (LOCALE_INFO[to].htmlLang === current) to = SWITCH_TO[switchTurn++ % SWITCH_TO.length] as Locale;
      const lang = LOCALE_INFO[to].htmlLang;
      await tap('language button -> picker', '.top-bar__language', '.language-picker .language__choice');
      switches.push(
        await page.evaluate(tapUntilPainted, {
          tap: `.language-picker .language__choice[lang="${lang}"]`,
          // The screen again, without the picker, in the new language (html lang is set with the table).
          ready: `html[lang="${lang}"]:not(:has(.language-picker)) main`,
          timeoutMs,
        }),
      );
      continue;
    }
    sinceSwitch++;
    switch (screen) {
      case 'attract':
        visit++;
        guides = 0;
        await tap('attract -> language', '.attract__surface', 'main.language .language__choice');
        break;
      case 'language': {
        const lang = LOCALE_INFO[VISIT_LOCALES[visit % VISIT_LOCALES.length] as Locale].htmlLang;
        await tap(
          'language -> phone language',
          `main.language .language__choice[lang="${lang}"]`,
          'main.phone-language',
        );
        break;
      }
      case 'phoneLanguage':
        await tap('phone language -> question', 'main.phone-language .language__choice', 'main.question');
        break;
      case 'question': {
        const next = 'main.question, main.find-phone, main.plan .plan-item__start';
        if (await page.locator('main.question .step-nav__next').count()) {
          // Several answers allowed: choose one (a change on the same screen, not timed), then Next.
          if ((await page.locator('.answer--chosen').count()) === 0) {
            await page.locator('main.question .answer').first().click();
            await page.locator('.answer--chosen').first().waitFor();
          }
          await tap('question (Next) -> next', 'main.question .step-nav__next', next);
        } else {
          // One answer moves on: vary it by visit (never the last, "Not sure"), so plans differ.
          const options = await page.locator('main.question .answer').count();
          const pick = (visit % Math.max(1, options - 1)) + 1;
          await tap('answer -> next', `main.question .question__options li:nth-child(${pick}) .answer`, next);
        }
        break;
      }
      case 'findPhone':
        await tap(
          'find phone -> next',
          'main.find-phone .find-phone__choice',
          'main.question, main.plan .plan-item__start',
        );
        break;
      case 'plan':
        if (guides >= GUIDES_PER_VISIT || (await page.locator('.plan-item:not(.plan-item--done)').count()) === 0)
          await tap('plan -> done', 'main.plan .plan__finish', 'main.done');
        else {
          guides++;
          await tap(
            'plan -> guide',
            '.plan-item:not(.plan-item--done) .plan-item__start',
            'main.player .step__text, main.player .version__choice',
          );
        }
        break;
      case 'version':
        await tap('version -> step', '.version__choice', 'main.player .step__text');
        break;
      case 'step':
        await tap('step -> next', '.step-nav__next', 'main.player .step__text, main.plan .plan-item__start');
        break;
      case 'done':
        await tap('done -> confirm', '.done__finish', '.confirm-end__end');
        break;
      case 'confirm':
        await tap('confirm -> attract', '.confirm-end__end', '.attract__surface');
        break;
      default:
        throw new Error(`The walk cannot go on from here: ${screen}`);
    }
  }
  return { taps, switches, changes };
}

const floors = await buildFloors(['screens'] as const);
const floor = await serveFloor(floors.dirs.screens);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [cpuSlowdown, tapBudget, switchBudget] of [
    [1, 50, 100],
    [4, 100, null],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    // The walk starts once the lobby has settled (nothing asked of the server for three seconds), as the first
    // visitor finds a kiosk started in the morning: what the page loads while it waits is not a visitor's wait.
    let lastRequest = performance.now();
    page.on('request', () => (lastRequest = performance.now()));
    page.on('requestfinished', () => (lastRequest = performance.now()));
    await page.goto(`${shell.baseURL}/`);
    await page.locator('.attract__surface').waitFor({ timeout: 60_000 });
    // (A smoke run only proves the walk works: it does not wait.)
    while (!SMOKE && performance.now() - lastRequest < 3000) await new Promise((resolve) => setTimeout(resolve, 250));
    const { taps, switches, changes } = await walk(page, samples(200, 8), samples(40, 1), 30_000 * cpuSlowdown);
    const faces = await page.evaluate(loadedFaces);
    await page.close();
    // The same screen changes on the floors, each in a page of the same context, its CPU slowed the same.
    const floorTaps = new Map<'markup' | 'react', Map<string, number[]>>();
    for (const drawnBy of ['markup', 'react'] as const) {
      const floorPage = await context.newPage();
      if (cpuSlowdown > 1) {
        const cdp = await context.newCDPSession(floorPage);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      }
      floorTaps.set(drawnBy, await tapFloor(floorPage, floor.url, changes, faces, 30_000 * cpuSlowdown, drawnBy));
      await floorPage.close();
    }
    await context.close();

    const suffix = cpuSlowdown === 1 ? '' : `, CPU ${cpuSlowdown}× slower`;
    const all = [...taps.values()].flat().map((a) => a.ms);
    report(`tap to next screen painted, p95 (n=${all.length})${suffix}`, pct(all, 95), 'ms', tapBudget);
    report(
      `language switch to repainted in its fonts, p95 (n=${switches.length})${suffix}`,
      pct(
        switches.map((s) => s.ms),
        95,
      ),
      'ms',
      switchBudget,
    );
    // Context: each kind of transition, so the slow ones show (n: how many; fonts: how many waited for a font).
    for (const [transition, answers] of taps) {
      const fonts = answers.filter((a) => a.waitedForFont).length;
      report(
        `tap ${transition}, p95 (n=${answers.length}, fonts ${fonts})${suffix}`,
        pct(
          answers.map((a) => a.ms),
          95,
        ),
        'ms',
      );
    }
    for (const [drawnBy, times] of floorTaps) {
      const what =
        drawnBy === 'markup' ? 'the same screens as still markup, no app' : 'the same screens drawn by React, no app';
      const floorAll = [...times.values()].flat();
      report(`tap floor: ${what}, p95 (n=${floorAll.length})${suffix}`, pct(floorAll, 95), 'ms');
      report(`tap floor: ${what}, median${suffix}`, pct(floorAll, 50), 'ms');
      const short = drawnBy === 'markup' ? 'tap floor' : 'tap floor (React)';
      for (const [transition, list] of times)
        report(`${short} ${transition}, p95 (n=${list.length})${suffix}`, pct(list, 95), 'ms');
    }
  }
} finally {
  await browser.close();
  floor.server.close();
  floors.remove();
  shell.close();
}
