import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { createKiosk } from '../../electron/core/create-core.ts';
import { createWebServer, listen } from '../../electron/web/server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';

/**
 * Tap-to-next-screen time, in real Chromium against the browser shell: from the tap (a click
 * dispatched in the page) to the first animation frame in which the next screen's content is in the
 * DOM, fetches to the core included. Needs the built renderer (npm run bench builds it).
 */
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'safecall-tap-'));
const kiosk = createKiosk({ dataDir, appRoot, warn: () => {} });
const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir: join(appRoot, 'dist', 'renderer') });
const port = await listen(server, 0);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

/** Taps `selector` and resolves with the ms until `ready` matches an element on screen. */
function tap(p: Page, selector: string, ready: string): Promise<number> {
  return p.evaluate(
    async ([sel, wait]) => {
      const before = document.querySelector('main')?.textContent ?? '';
      const target = document.querySelector<HTMLElement>(sel);
      if (!target) throw new Error(`nothing to tap at ${sel}`);
      const t0 = performance.now();
      target.click();
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const main = document.querySelector('main')?.textContent ?? '';
        if (document.querySelector(wait) && main !== before) return performance.now() - t0;
        if (performance.now() - t0 > 10_000) throw new Error(`${wait} did not appear`);
      }
    },
    [selector, ready] as const,
  );
}

const timings = new Map<string, number[]>();
const record = (name: string, ms: number) => timings.set(name, [...(timings.get(name) ?? []), ms]);

const VISITS = 12;
await page.goto(`http://127.0.0.1:${port}/`);
for (let visit = 0; visit < VISITS; visit++) {
  await page.locator('.attract__surface').waitFor();
  record('attract -> language', await tap(page, '.attract__surface', '.language__choice'));
  // phone-language: the reading language, then "Your phone's menus are in…" (its first choice, the same).
  record('language -> phone language', await tap(page, '.language__choice[lang="zh-Hant-HK"]', '.phone-language'));
  record('phone language -> question', await tap(page, '.phone-language .language__choice', '.answer'));
  record('answer -> next question', await tap(page, '.answer', '#question-title'));
  await page.locator('.answer').first().click();
  await page.locator('.step-nav__next').click();
  await page.locator('.answer').first().click();
  record('last answer -> plan', await tap(page, '.answer', '.plan-item'));
  record('plan -> tutorial', await tap(page, '.plan-item__start', '.step__text, .version__choice'));
  if (await page.locator('.version__choice').count()) await page.locator('.version__choice').first().click();
  record('step -> next step', await tap(page, '.step-nav__next', '.step__text'));
  record('step -> next step', await tap(page, '.step-nav__next', '.step__text'));
  await page.locator('.top-bar__start-over').click();
  await page.locator('.confirm-end__end').click();
}

const pct = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;
console.log(`\nTap to next screen, Chromium ${browser.version()}, ${VISITS} visits`);
console.table(
  [...timings].map(([transition, values]) => ({
    transition,
    'median (ms)': pct(values, 50).toFixed(1),
    'p95 (ms)': pct(values, 95).toFixed(1),
    'max (ms)': Math.max(...values).toFixed(1),
    taps: values.length,
  })),
);

await browser.close();
server.close();
kiosk.close();
rmSync(dataDir, { recursive: true, force: true });
