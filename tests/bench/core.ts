import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createKiosk, DATABASE_FILE } from '../../electron/core/create-core.ts';
import { createWebServer, listen } from '../../electron/web/server.ts';
import { median, pct, report, samples, timeRuns } from './figures.ts';

/**
 * The core's figures (issue 18): first start and restart, search at ten times today's library, opening a
 * tutorial against the raw SQLite query it wraps (same run, same machine: the ratio holds on a noisy one), and
 * the same call through the browser shell's HTTP.
 */
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'safecall-bench-core-'));
const FACETIME = 'iphone-turn-off-facetime';
const quiet = { warn: () => {} };

// First start on an empty data folder (migrate, provision settings, read and compile the content), and a restart
// on the same folder with the content unchanged. Each run in a new folder; the OS file cache is warm after the
// first, as it is on a kiosk that restarts.
const firsts: number[] = [];
const restarts: number[] = [];
const STARTS = samples(7, 1);
const WARM_UP = STARTS > 1 ? 1 : 0;
for (let i = 0; i < STARTS + WARM_UP; i++) {
  const dataDir = join(scratch, `start-${i}`);
  let t0 = performance.now();
  createKiosk({ dataDir, appRoot, ...quiet }).close();
  const first = performance.now() - t0;
  t0 = performance.now();
  createKiosk({ dataDir, appRoot, ...quiet }).close();
  const restart = performance.now() - t0;
  if (i < WARM_UP) continue; // the first run loads the code
  firsts.push(first);
  restarts.push(restart);
}
report(`first start on an empty data folder, median of ${firsts.length}`, median(firsts), 'ms', 1000);
report(`restart with unchanged content, median of ${restarts.length}`, median(restarts), 'ms', 150);

// Ten times today's library: every tutorial copied nine more times under new ids.
function tenfoldContent(): string {
  const dir = join(scratch, 'content-x10');
  cpSync(join(appRoot, 'content'), dir, { recursive: true });
  const tutorialsDir = join(dir, 'tutorials');
  for (const file of readdirSync(tutorialsDir)) {
    const id = file.replace(/\.yaml$/, '');
    const text = readFileSync(join(tutorialsDir, file), 'utf8');
    for (let n = 1; n <= 9; n++)
      writeFileSync(join(tutorialsDir, `${id}-copy-${n}.yaml`), text.replace(`id: ${id}`, `id: ${id}-copy-${n}`));
  }
  return dir;
}
const bigContent = tenfoldContent();
const tutorialCount = readdirSync(join(bigContent, 'tutorials')).length;
const bigDir = join(scratch, 'big');
const t0 = performance.now();
const big = createKiosk({ dataDir: bigDir, appRoot, contentDir: bigContent, ...quiet });
report(`first start with ten times the tutorials (${tutorialCount})`, performance.now() - t0, 'ms');

const SEARCH_RUNS = samples(400, 5);
const SEARCHES: Array<[string, 'en' | 'zh-Hant' | 'ko', string]> = [
  ['Latin word', 'en', 'facetime'],
  ['Latin words', 'en', 'block unknown callers'],
  ['CJK word', 'zh-Hant', '視像電話'],
  ['Hangul word', 'ko', '영상통화'],
  ['2 CJK characters', 'zh-Hant', '視像'],
  ['1 CJK character', 'zh-Hant', '騙'],
  ['2 Latin letters', 'en', 'wh'],
];
for (const [what, locale, query] of SEARCHES) {
  const times = await timeRuns(SEARCH_RUNS, () => big.dispatch('searchTutorials', { locale, query }));
  report(`searchTutorials x10, ${what} "${query}" (${locale}), p95 of ${times.length}`, pct(times, 95), 'ms', 3);
}
big.close();

// Opening a tutorial: the core's call against the query it wraps, interleaved so both see the same machine.
const warm = createKiosk({ dataDir: join(scratch, 'warm'), appRoot, ...quiet });
const raw = new Database(join(scratch, 'warm', DATABASE_FILE), { readonly: true });
const rawView = raw.prepare('SELECT view_json FROM tutorial_locale WHERE tutorial_id = ? AND locale = ?');
// The first open after a start parses the view and checks it against the contract; every later one is cached.
const first = performance.now();
await warm.dispatch('openTutorial', { tutorialId: 'general-stop-screen-share', locale: 'ar' });
report('openTutorial, the first open of a guide after a start (not cached)', performance.now() - first, 'ms');
const OPEN_RUNS = samples(2000, 5);
const core: number[] = [];
const query: number[] = [];
const open = { tutorialId: FACETIME, locale: 'zh-Hant' } as const;
for (let i = 0; i < 50; i++) {
  await warm.dispatch('openTutorial', open);
  rawView.get(FACETIME, 'zh-Hant');
}
for (let i = 0; i < OPEN_RUNS; i++) {
  let s = performance.now();
  await warm.dispatch('openTutorial', open);
  core.push(performance.now() - s);
  s = performance.now();
  rawView.get(FACETIME, 'zh-Hant');
  query.push(performance.now() - s);
}
report(`openTutorial in the core, median of ${core.length}`, median(core), 'ms');
report(`the raw SQLite query it wraps, median of ${query.length}`, median(query), 'ms');
report('openTutorial over its raw query (medians)', median(core) / median(query), '×', 2);
raw.close();

// The same call through the browser shell: HTTP, the page's JSON, the door.
const server = createWebServer({ dispatch: warm.dispatch, rendererDir: join(appRoot, 'dist', 'renderer') });
const port = await listen(server, 0);
const body = JSON.stringify(open);
const http = await timeRuns(samples(1000, 5), async () => {
  const response = await fetch(`http://127.0.0.1:${port}/api/openTutorial`, { method: 'POST', body });
  if (!response.ok) throw new Error(`openTutorial over HTTP answered ${response.status}`);
  await response.text();
});
report(`openTutorial over the browser shell's HTTP, p95 of ${http.length}`, pct(http, 95), 'ms', 3);

// Context without budgets: what a visit's other calls cost.
const visit = await warm.dispatch('startVisit', {});
const visitId = visit.ok ? (visit.value as { visitId: string }).visitId : '';
const list = await timeRuns(samples(500, 5), () => warm.dispatch('listTutorials', { locale: 'zh-Hant' }));
report(`listTutorials (zh-Hant), median of ${list.length}`, median(list), 'ms');
const events = await timeRuns(samples(500, 5), () =>
  warm.dispatch('recordEvent', { visitId, kind: 'tutorial_step_viewed', tutorialId: FACETIME, stepIndex: 1 }),
);
report(`recordEvent, median of ${events.length}`, median(events), 'ms');

server.close();
warm.close();
const memory = process.memoryUsage();
console.log(
  `heap used at the end: ${(memory.heapUsed / 2 ** 20).toFixed(1)} MiB, rss ${(memory.rss / 2 ** 20).toFixed(1)} MiB`,
);
rmSync(scratch, { recursive: true, force: true });
