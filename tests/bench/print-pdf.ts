import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { createKiosk } from '../../electron/core/create-core.ts';
import { createWebServer, listen } from '../../electron/web/server.ts';
import { sheetPath, type SheetRequest } from '../../shared/checklist-schema.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { call } from '../support/unwrap.ts';

/**
 * Compose-and-PDF time: what a visitor waits for between "Print" and the printer starting. First the
 * core alone (composeSheet, through dispatch as both shells call it), then the whole path as
 * Electron's print window takes it: load the print page in Chromium, wait for the sheet to be laid
 * out and fitted (window.__safecallPrintReady), and print it to PDF (page.pdf is the same CDP
 * printToPDF Electron calls). Needs the built renderer (npm run bench builds it).
 */
declare global {
  interface Window {
    __safecallPrintReady?: Promise<'ready' | 'error'>;
  }
}

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'safecall-print-bench-'));
writeFileSync(
  join(dataDir, 'kiosk.json'),
  JSON.stringify({ region: 'HK', paperSize: 'A4', centreName: 'Kowloon Public Library' }),
);
const kiosk = createKiosk({ dataDir, appRoot, warn: () => {} });

// A typical plan: three actions, one done (the e2e tests' typical plan).
const { code } = await call<{ code: string }>(kiosk, 'saveChecklist', {
  actions: [
    { tutorialId: 'general-stop-screen-share' },
    { tutorialId: 'iphone-turn-off-facetime' },
    { tutorialId: 'iphone-silence-unknown-callers' },
  ],
  completed: ['iphone-turn-off-facetime'],
});
const SHEETS: Array<{ name: string; sheet: SheetRequest }> = [
  { name: 'plan, zh-Hant', sheet: { kind: 'personal', code, lang: 'zh-Hant' } },
  { name: 'plan, zh-Hant + en', sheet: { kind: 'personal', code, lang: 'zh-Hant', second: 'en' } },
  // The longest sheet there is: ten guides, two long languages, squeezed to its last levels.
  { name: 'iPhone handout, ar + en', sheet: { kind: 'handout', topic: 'iphone', lang: 'ar', second: 'en' } },
];

const pct = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;
const median = (values: number[]) => pct(values, 50);

// The core alone.
const COMPOSE_RUNS = 200;
const composeRows = [];
for (const { name, sheet } of SHEETS) {
  for (let i = 0; i < 10; i++) await call(kiosk, 'composeSheet', { sheet }); // warm up
  const times: number[] = [];
  for (let i = 0; i < COMPOSE_RUNS; i++) {
    const t0 = performance.now();
    await call(kiosk, 'composeSheet', { sheet });
    times.push(performance.now() - t0);
  }
  composeRows.push({
    sheet: name,
    'median (ms)': median(times).toFixed(3),
    'p95 (ms)': pct(times, 95).toFixed(3),
    'max (ms)': Math.max(...times).toFixed(3),
    runs: times.length,
  });
}

// The whole path, in Chromium, one page reused as Electron reuses its print window.
const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir: join(appRoot, 'dist', 'renderer') });
const port = await listen(server, 0);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
const PDF_RUNS = 10;
const pdfRows = [];
for (const { name, sheet } of SHEETS) {
  const url = `http://127.0.0.1:${port}${sheetPath(sheet)}`;
  const ready: number[] = [];
  const printed: number[] = [];
  const total: number[] = [];
  let bytes = 0;
  let fit = '';
  for (let i = 0; i < PDF_RUNS + 1; i++) {
    const t0 = performance.now();
    await page.goto(url);
    const state = await page.evaluate(() => window.__safecallPrintReady);
    if (state !== 'ready') throw new Error(`${name}: the print page said ${String(state)}`);
    const t1 = performance.now();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const t2 = performance.now();
    if (i === 0) continue; // the first load fills the font and module caches
    ready.push(t1 - t0);
    printed.push(t2 - t1);
    total.push(t2 - t0);
    bytes = pdf.length;
    fit = await page.evaluate(
      () =>
        `${document.documentElement.dataset.printFit ?? '?'}, ${document.documentElement.dataset.printPages ?? '?'} p.`,
    );
  }
  pdfRows.push({
    sheet: name,
    'fit (size/level, pages)': fit,
    'load + fit median (ms)': median(ready).toFixed(0),
    'printToPDF median (ms)': median(printed).toFixed(0),
    'total median (ms)': median(total).toFixed(0),
    'total p95 (ms)': pct(total, 95).toFixed(0),
    'PDF (kB)': (bytes / 1024).toFixed(0),
    runs: total.length,
  });
}

console.log(
  `\nCompose a sheet in the core (composeSheet through dispatch, Node ${process.versions.node}), ${COMPOSE_RUNS} runs each`,
);
console.table(composeRows);
console.log(
  `\nCompose and print to PDF as Electron does (load the print page, wait for the fit, printToPDF), Chromium ${browser.version()}, A4`,
);
console.table(pdfRows);

await browser.close();
server.close();
kiosk.close();
rmSync(dataDir, { recursive: true, force: true });
