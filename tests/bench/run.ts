import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { createKiosk } from '../../electron/core/kiosk.ts';
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

const kiosk = createKiosk({ dataDir: join(scratch, 'warm'), appRoot, warn: () => {} });
const visit = await kiosk.dispatch('startVisit', {});
const visitId = visit.ok ? (visit.value as { visitId: string }).visitId : '';
const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir: join(appRoot, 'dist', 'renderer') });
const port = await listen(server, 0);
const post = (call: string, body: unknown) => fetch(`http://127.0.0.1:${port}/api/${call}`, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());

const bench = new Bench({ name: 'SafeCall core', time: 1000, warmup: true });
bench
  .add('core: listTutorials (zh-Hant)', () => kiosk.dispatch('listTutorials', { locale: 'zh-Hant' }))
  .add('core: openTutorial (zh-Hant)', () => kiosk.dispatch('openTutorial', { tutorialId: FACETIME, locale: 'zh-Hant' }))
  .add('core: recordEvent', () => kiosk.dispatch('recordEvent', { visitId, kind: 'tutorial_step_viewed', tutorialId: FACETIME, stepIndex: 1 }))
  .add('http: POST /api/openTutorial', () => post('openTutorial', { tutorialId: FACETIME, locale: 'zh-Hant' }));
await bench.run();

// tinybench reports latency in milliseconds.
const ms = (value: number) => value;
console.log(`\n${bench.name} (Node ${process.versions.node})`);
console.log(`first start (migrate + provision + compile content): ${coldStart.toFixed(1)} ms`);
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
console.log(`heap used after the run: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MiB, rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(1)} MiB`);

server.close();
kiosk.close();
rmSync(scratch, { recursive: true, force: true });
