import { createServer } from 'node:http';
import { chromium, type Browser } from '@playwright/test';
import { startShell } from '../e2e/shell.ts';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { median, report, samples, SMOKE } from './figures.ts';
import { watchInteractive } from './interactive.ts';

/**
 * Cold start of the browser shell to an interactive attract screen (issue 18), as the extra over a blank
 * page in the same browser. Each sample is a fresh browser context (no HTTP cache, a new renderer process)
 * that opens either the kiosk or the blank page; the two alternate, so a busy moment on the machine lands
 * on both and the difference holds. "Interactive" is defined in interactive.ts (lobby mounted, its fonts
 * painted, a tap answered), timed from the start of navigation by the page's own clock.
 * Then the same with Chromium's CPU slowed four times (an old PC). Needs the built renderer.
 */
assertChromium();
const shell = await startShell({ prefix: 'safecall-start-bench-' });

// The blank page: the same two elements the kiosk is judged by, and nothing else. Served by a server in this
// same process, over the same loopback, so connection and request costs are the same for both pages.
const BLANK = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title><link rel="icon" href="data:,"></head>
<body><button class="attract__surface" autofocus>Touch</button>
<script>document.querySelector('button').onclick = () => document.body.insertAdjacentHTML('beforeend', '<button class="language__choice">en</button>');</script></body></html>`;
const blankServer = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
  res.end(BLANK);
});
await new Promise<void>((resolve) => blankServer.listen(0, '127.0.0.1', resolve));
const blankAddress = blankServer.address();
if (!blankAddress || typeof blankAddress === 'string') throw new Error('The blank page server has no port.');
const BLANK_URL = `http://127.0.0.1:${blankAddress.port}/`;
const KIOSK_URL = `${shell.baseURL}/`;

interface Start {
  painted: number;
  interactive: number;
}

async function coldStart(browser: Browser, url: string, cpuSlowdown: number): Promise<Start> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.addInitScript(watchInteractive);
    await page.goto(url);
    // The page's own promise; a kiosk that never becomes interactive fails the part here, saying so.
    return await page.evaluate(
      () =>
        Promise.race([
          (window as unknown as { __benchInteractive: Promise<Start> }).__benchInteractive,
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error('not interactive within 60 s: no focused attract surface')), 60_000),
          ),
        ]) as Promise<Start>,
    );
  } finally {
    await context.close();
  }
}

async function measure(browser: Browser, cpuSlowdown: number, runs: number) {
  // One of each first, unmeasured: the server's files come from the disk cache from then on, for both.
  // (Smoke only proves the path runs: no warm-up, one sample each, to stay well under 30 s.)
  if (!SMOKE) {
    await coldStart(browser, BLANK_URL, cpuSlowdown);
    await coldStart(browser, KIOSK_URL, cpuSlowdown);
  }
  const blank: number[] = [];
  const kiosk: Start[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always follows the other's garbage.
    const order = i % 2 === 0 ? ['blank', 'kiosk'] : ['kiosk', 'blank'];
    for (const which of order) {
      if (which === 'blank') blank.push((await coldStart(browser, BLANK_URL, cpuSlowdown)).interactive);
      else kiosk.push(await coldStart(browser, KIOSK_URL, cpuSlowdown));
    }
  }
  return { blank, kiosk };
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [cpuSlowdown, budget] of [
    [1, 200],
    [4, 600],
  ] as const) {
    const runs = samples(cpuSlowdown === 1 ? 21 : 11, 1);
    const { blank, kiosk } = await measure(browser, cpuSlowdown, runs);
    const suffix = cpuSlowdown === 1 ? '' : `, CPU ${cpuSlowdown}× slower`;
    const extra = median(kiosk.map((k) => k.interactive)) - median(blank);
    report(`cold start to interactive attract, extra over blank page, median${suffix}`, extra, 'ms', budget);
    // Context: the two absolute medians the extra is taken from, and when the lobby was painted in its fonts.
    report(`cold start: kiosk interactive, median (n=${runs})${suffix}`, median(kiosk.map((k) => k.interactive)), 'ms');
    report(`cold start: kiosk attract painted with fonts, median${suffix}`, median(kiosk.map((k) => k.painted)), 'ms');
    report(`cold start: blank page interactive, median (n=${runs})${suffix}`, median(blank), 'ms');
  }
} finally {
  await browser.close();
  blankServer.close();
  shell.close();
}
