import type { CDPSession, Page } from '@playwright/test';
import { LOCALES } from '../../shared/locales.ts';
import { expect, test } from './fixtures.ts';

/**
 * The page starts with the lobby's own faces only (cut to its characters), and fonts.css and the Common families
 * come once the lobby is painted (renderer/styles/lobby-fonts.css, all-fonts.ts; issue 18). These prove, from the faces Chromium actually drew
 * each line with (not from the CSS), that the lobby never shows a fallback face even if the rest never came, and
 * that the screens after it still get their own.
 */

/** Lets the page fetch only the style sheets its index.html names: fonts.css and the Common families never arrive. */
async function onlyFirstStyleSheets(page: Page) {
  const html = await (await page.request.get('/')).text();
  const first = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  expect(first.length).toBeGreaterThan(0);
  const refused: string[] = [];
  await page.route('**/*.css', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (first.includes(path)) return route.continue();
    refused.push(path);
    return route.abort();
  });
  return refused;
}

/** Settled: laid out (which starts the loads of the faces its text needs), and those loads done. */
async function fontsSettled(page: Page) {
  await page.evaluate(async () => {
    void document.body.offsetHeight;
    await document.fonts.ready;
  });
}

/**
 * For each element under `selector` with text of its own: the faces Chromium drew that text with. Every one must
 * be a web font (the kiosk's bundled @font-face), never a face of the OS.
 */
async function systemFacesUnder(cdp: CDPSession, page: Page, selector: string) {
  const count = await page.evaluate((s) => {
    let n = 0;
    for (const element of document.querySelectorAll(`${s}, ${s} *`)) {
      const own = [...element.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim());
      if (own) element.setAttribute('data-font-probe', String(n++));
      else element.removeAttribute('data-font-probe');
    }
    return n;
  }, selector);
  expect(count, `text under ${selector}`).toBeGreaterThan(0);
  // Each probed element as the page holds it now, handed to the DOM agent (a re-keyed line is a new node).
  await cdp.send('DOM.getDocument', { depth: 0 });
  const nodeIds: number[] = [];
  for (let i = 0; i < count; i++) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector('[data-font-probe="${i}"]')`,
    });
    if (!result.objectId) throw new Error(`probe ${i} of ${count} is gone: ${JSON.stringify(result)}`);
    nodeIds.push((await cdp.send('DOM.requestNode', { objectId: result.objectId })).nodeId);
  }
  const wrong: string[] = [];
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const text = (await cdp.send('DOM.getOuterHTML', { nodeId })).outerHTML.replace(/<[^>]+>/g, '').slice(0, 40);
    for (const font of fonts) if (!font.isCustomFont) wrong.push(`"${text}" in ${font.familyName}`);
    if (fonts.length === 0) wrong.push(`"${text}" drawn in no face`);
  }
  return wrong;
}

test('every lobby line, in every language, is drawn in a bundled face from the lobby style sheet alone', async ({
  page,
  kiosk,
}) => {
  const refused = await onlyFirstStyleSheets(page);
  await page.clock.install();
  await kiosk.open();
  // The headline's turn waits for the test's clock: nothing changes while the faces are read.
  await page.clock.pauseAt(Date.now() + 60_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  // The headline turns through every enabled language, one each 4 s: each one in turn, with "Touch to start" in all.
  const seen = new Set<string>();
  const headline = page.locator('.attract__text');
  for (let i = 0; i < LOCALES.length; i++) {
    await fontsSettled(page);
    const lang = (await headline.getAttribute('lang')) ?? '';
    seen.add(lang);
    expect(await systemFacesUnder(cdp, page, '.attract__surface'), `lobby in ${lang}`).toEqual([]);
    await page.clock.runFor(4000);
    await expect(headline).not.toHaveAttribute('lang', lang);
  }
  expect(seen.size).toBe(LOCALES.length);
  // The rest of fonts.css was asked for (and refused here): it is what the screens after the lobby use.
  expect(refused.some((path) => path.includes('fonts'))).toBe(true);
});

test('the screens after the lobby are drawn in bundled faces: the rest of fonts.css arrives', async ({
  page,
  request,
  kiosk,
}) => {
  await kiosk.open();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  await kiosk.touchToStart();
  await expect(page.locator('main.language .language__choice').first()).toBeVisible();
  await fontsSettled(page);
  expect(await systemFacesUnder(cdp, page, 'main.language')).toEqual([]);
  for (const [language, locale] of [
    ['繁體中文', 'zh-Hant'],
    ['العربية', 'ar'],
    ['한국어', 'ko'],
  ] as const) {
    await kiosk.chooseLanguage(language);
    await expect(page.locator('main.question')).toBeVisible();
    await fontsSettled(page);
    expect(await systemFacesUnder(cdp, page, '.app'), `first question in ${locale}`).toEqual([]);
    await page.locator('.step-nav__back').click();
    await expect(page.locator('.phone-language')).toBeVisible();
    await page.locator('.step-nav__back').click();
    await expect(page.locator('main.language')).toBeVisible();
  }
  void request;
});
