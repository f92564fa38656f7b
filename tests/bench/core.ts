import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { createKiosk } from '../../electron/core/create-core.ts';
import { createWebServer, listen } from '../../electron/web/server.ts';

/**
 * `npm run bench`: how fast the core answers, measured, never asserted in tests. Figures are for the
 * machine it runs on; compare runs on one machine, not across machines.
 */
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'safecall-bench-'));
const FACETIME = 'iphone-turn-off-facetime';

// First start on an empty data folder: migrate, provision settings, compile content into SQLite.
const coldStart = (() => {
  const t0 = performance.now();
  const k = createKiosk({ dataDir: join(scratch, 'cold'), appRoot, warn: () => {} });
  const elapsed = performance.now() - t0;
  k.close();
  return elapsed;
})();

// Ten times today's library: every tutorial copied nine more times under new ids, so search and
// start-up are measured at the size the library may grow to.
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
const bigStart = (() => {
  const t0 = performance.now();
  const k = createKiosk({ dataDir: join(scratch, 'big'), appRoot, contentDir: bigContent, warn: () => {} });
  const elapsed = performance.now() - t0;
  k.close();
  return elapsed;
})();
const big = createKiosk({ dataDir: join(scratch, 'big'), appRoot, contentDir: bigContent, warn: () => {} });

const kiosk = createKiosk({ dataDir: join(scratch, 'warm'), appRoot, warn: () => {} });
const visit = await kiosk.dispatch('startVisit', {});
const visitId = visit.ok ? (visit.value as { visitId: string }).visitId : '';
const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir: join(appRoot, 'dist', 'renderer') });
const port = await listen(server, 0);
const post = (call: string, body: unknown) =>
  fetch(`http://127.0.0.1:${port}/api/${call}`, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());

const bench = new Bench({ name: 'SafeCall core', time: 1000, warmup: true });
bench
  .add('core: listTutorials (zh-Hant)', () => kiosk.dispatch('listTutorials', { locale: 'zh-Hant' }))
  .add('core: openTutorial (zh-Hant)', () =>
    kiosk.dispatch('openTutorial', { tutorialId: FACETIME, locale: 'zh-Hant' }),
  )
  .add('core: recordEvent', () =>
    kiosk.dispatch('recordEvent', { visitId, kind: 'tutorial_step_viewed', tutorialId: FACETIME, stepIndex: 1 }),
  )
  .add('http: POST /api/openTutorial', () => post('openTutorial', { tutorialId: FACETIME, locale: 'zh-Hant' }))
  .add('search x10: "facetime" (en)', () => big.dispatch('searchTutorials', { locale: 'en', query: 'facetime' }))
  .add('search x10: "視像電話" (zh-Hant)', () =>
    big.dispatch('searchTutorials', { locale: 'zh-Hant', query: '視像電話' }),
  )
  .add('search x10: "視像" (zh-Hant, 2 chars)', () =>
    big.dispatch('searchTutorials', { locale: 'zh-Hant', query: '視像' }),
  )
  .add('search x10: "block unknown callers" (en)', () =>
    big.dispatch('searchTutorials', { locale: 'en', query: 'block unknown callers' }),
  )
  .add('search x10: "영상통화" (ko)', () => big.dispatch('searchTutorials', { locale: 'ko', query: '영상통화' }));
await bench.run();

// tinybench reports latency in milliseconds.
const ms = (value: number) => value;
console.log(`\n${bench.name} (Node ${process.versions.node})`);
console.log(`first start (migrate + provision + compile content): ${coldStart.toFixed(1)} ms`);
console.log(`first start with ten times the tutorials (${tutorialCount}): ${bigStart.toFixed(1)} ms`);
console.table(
  bench.tasks.map((task) => {
    const r = task.result;
    const latency = r && 'latency' in r ? r.latency : undefined;
    return {
      task: task.name,
      'median (ms)': latency ? ms(latency.p50 ?? 0).toFixed(3) : 'n/a',
      'p99 (ms)': latency ? ms(latency.p99 ?? 0).toFixed(3) : 'n/a',
      'ops/s': r && 'throughput' in r ? Math.round(r.throughput.mean) : 'n/a',
      samples: latency?.samplesCount ?? 'n/a',
    };
  }),
);
console.log(
  `heap used after the run: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MiB, rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(1)} MiB`,
);

server.close();
kiosk.close();
big.close();
rmSync(scratch, { recursive: true, force: true });
