import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UI_STRINGS } from '../../../renderer/i18n/i18n.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Harness } from '../../support/fault-harness.ts';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/chromium.ts';

/**
 * Component test of the page's fault handling in real Chromium (an error boundary needs a real
 * React DOM): the real mount(), FaultRecovery and CalmScreen, the core replaced by a recording
 * bridge, time by Playwright's clock. The journey is a stand-in screen that throws on demand; the
 * real bundle and core are the e2e test's (tests/e2e/render-error.e2e.ts).
 */

let bundle: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  assertChromium();
  const result = await build({
    entryPoints: ['tests/support/fault-harness.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome140',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Layout is not under test here (the e2e test looks at the screen); styles are left out.
    loader: { '.css': 'empty' },
    logLevel: 'error',
  });
  bundle = result.outputFiles[0]?.text ?? '';
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await page?.close();
});

const START = Date.UTC(2026, 11, 6, 10, 0, 0);

const strings = (locale: Locale) => UI_STRINGS[locale] as { fault: { title: string; touch: string } };

async function open(harness: Partial<Omit<Harness, 'poke'>> = {}) {
  page = await browser.newPage();
  // A real origin (answered here, nothing leaves the machine): about:blank has no web storage to wipe.
  await page.route('http://harness.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><div id="root"></div>' }),
  );
  // Time moves only when a test moves it.
  await page.clock.install({ time: START });
  await page.clock.pauseAt(START + 1_000);
  await page.goto('http://harness.test/');
  const initial: Omit<Harness, 'poke'> = {
    mode: 'recovery',
    locale: 'es',
    broken: false,
    mounts: 0,
    reloads: 0,
    beats: 0,
    calls: [],
    ...harness,
  };
  await page.evaluate((value) => {
    window.__harness = { ...value, poke: () => undefined };
  }, initial);
  await page.addScriptTag({ content: bundle });
  return page;
}

const harness = () => page.evaluate(() => ({ ...window.__harness, poke: undefined }));
const text = (selector: string) => page.locator(selector).textContent();
const visible = (selector: string) => page.locator(selector).isVisible();

async function waitFor(selector: string) {
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 10_000 });
}

async function reportsSent(count: number) {
  await page.waitForFunction((n) => window.__harness.calls.filter((c) => c.call === 'reportFault').length >= n, count, {
    timeout: 10_000,
  });
  return (await harness()).calls.filter((c) => c.call === 'reportFault').map((c) => c.request);
}

/** The visitor is on the stand-in screen; it breaks as they use it, until `settled` holds. */
async function breakScreen(settled: () => Promise<unknown> = () => waitFor('.fault__surface')) {
  await waitFor('.journey');
  await page.evaluate(() => {
    window.__harness.broken = true;
    window.__harness.poke();
  });
  await settled();
  await page.evaluate(() => {
    window.__harness.broken = false;
  });
}

describe('a screen that throws while rendering', () => {
  it("is replaced by the calm screen in the visitor's language, with the urgent buttons and no others", async () => {
    await open({ locale: 'es' });
    await breakScreen();
    expect(await text('.fault__title')).toBe(strings('es').fault.title);
    expect(await text('.fault__touch')).toBe(strings('es').fault.touch);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    for (const button of ['.top-bar__scam-now', '.top-bar__after-scam', '.top-bar__help'])
      expect(await visible(button)).toBe(true);
    expect(await page.locator('.top-bar__display').count()).toBe(0);
    expect(await page.locator('.journey').count()).toBe(0);
    // The surface is focused, so a key or a switch press starts again too.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('fault__surface');
  });

  it('is in Arabic, right to left, for an Arabic visitor', async () => {
    await open({ locale: 'ar' });
    await breakScreen();
    expect(await text('.fault__title')).toBe(strings('ar').fault.title);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  });

  it('is reported to the core as a render fault on its screen, with no message', async () => {
    await open();
    await breakScreen();
    expect(await reportsSent(1)).toEqual([{ kind: 'render', where: 'plan' }]);
    expect(JSON.stringify((await harness()).calls)).not.toContain('12345678');
  });

  it("leaves the urgent cards working, drawn from the core, in the visitor's language", async () => {
    await open({ locale: 'es' });
    await breakScreen();
    await page.locator('.top-bar__scam-now').click();
    await waitFor('dialog .urgent__steps li');
    expect(await page.locator('dialog .hotline__number').allTextContents()).toEqual(['999']);
    expect((await harness()).calls).toContainEqual({ call: 'getSafetyAdvice', request: { locale: 'es' } });
    await page.locator('dialog .modal__close').click();
    await page.locator('.top-bar__help').click();
    await waitFor('dialog.help');
    expect(await text('dialog.help')).toContain('Front desk');
    await page.locator('dialog .modal__close').click();
    expect(await page.locator('dialog').count()).toBe(0);
    expect(await visible('.fault__surface')).toBe(true);
  });
});

describe('starting again after a fault', () => {
  it('starts a fresh journey at a touch, and wipes what the visitor left in the page', async () => {
    await open();
    await breakScreen();
    await page.evaluate(() => {
      localStorage.setItem('left-behind', 'x');
      sessionStorage.setItem('left-behind', 'x');
    });
    await page.locator('.fault__surface').click();
    await waitFor('.journey');
    expect((await harness()).mounts).toBe(2);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect((await harness()).reloads).toBe(0);
  });

  it('starts again by itself after 25 quiet seconds, not before', async () => {
    await open();
    await breakScreen();
    await page.clock.runFor(24_000);
    expect(await visible('.fault__surface')).toBe(true);
    await page.clock.runFor(1_500);
    await waitFor('.journey');
  });

  it('waits while an urgent card is open, and counts again from when it closes', async () => {
    await open();
    await breakScreen();
    await page.locator('.top-bar__scam-now').click();
    await waitFor('dialog .urgent__steps li');
    await page.clock.runFor(120_000);
    expect(await visible('dialog')).toBe(true);
    await page.locator('dialog .modal__close').click();
    await page.clock.runFor(20_000);
    expect(await visible('.fault__surface')).toBe(true);
    await page.clock.runFor(6_000);
    await waitFor('.journey');
  });

  it('past three faults in five minutes, stays up two minutes, then reloads the page instead', async () => {
    await open();
    for (let i = 0; i < 3; i += 1) {
      await breakScreen();
      await page.locator('.fault__surface').click();
      await page.clock.runFor(10_000);
    }
    await breakScreen();
    await page.clock.runFor(60_000);
    expect(await visible('.fault__surface')).toBe(true);
    expect((await harness()).reloads).toBe(0);
    await page.clock.runFor(61_000);
    await page.waitForFunction(() => window.__harness.reloads === 1, undefined, { timeout: 10_000 });
    expect((await harness()).mounts).toBe(4);
  });
});

describe('an error no boundary catches', () => {
  it('is reported, and the page is drawn again, fresh, rather than left blank', async () => {
    await open({ mode: 'bare' });
    // Nothing catches it: React empties the page.
    await breakScreen(() =>
      page.waitForFunction(() => document.getElementById('root')?.childElementCount === 0, undefined, {
        timeout: 10_000,
      }),
    );
    expect(await reportsSent(1)).toEqual([{ kind: 'uncaught', where: 'plan' }]);
    await page.clock.runFor(1_000);
    await waitFor('.journey');
    expect((await harness()).mounts).toBe(2);
  });
});

describe('errors outside rendering', () => {
  it('are reported and change nothing on screen', async () => {
    await open();
    await waitFor('.journey');
    await page.evaluate(() => {
      // A click handler that throws: the browser reports it to the window, the caller never sees it.
      const button = document.querySelector('.journey');
      button?.addEventListener('click', () => {
        throw new Error('from a handler: 12345678');
      });
      (button as HTMLButtonElement | null)?.click();
      void Promise.reject(new Error('nobody awaited this'));
    });
    const reports = await reportsSent(2);
    expect(reports).toEqual(
      expect.arrayContaining([
        { kind: 'uncaught', where: 'plan' },
        { kind: 'rejection', where: 'plan' },
      ]),
    );
    expect(JSON.stringify((await harness()).calls)).not.toContain('12345678');
    expect(await visible('.journey')).toBe(true);
    expect(await page.locator('.fault__surface').count()).toBe(0);
  });
});

describe('the heartbeat to the Electron shell', () => {
  it('beats every five seconds while the real kiosk page is drawn', async () => {
    await open({ mode: 'app' });
    await waitFor('.attract__surface');
    const first = (await harness()).beats;
    expect(first).toBeGreaterThanOrEqual(1);
    await page.clock.runFor(15_000);
    expect((await harness()).beats - first).toBe(3);
  });

  it('keeps beating under the calm screen: a page that shows it is not blank', async () => {
    await open();
    await breakScreen();
    const before = (await harness()).beats;
    await page.clock.runFor(10_000);
    expect((await harness()).beats - before).toBe(2);
  });
});
