import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localDay } from '../../electron/core/checklists/local-day.ts';
import { createKiosk, DATABASE_FILE, migrationsDir } from '../../electron/core/create-core.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { createVisitRollupRepository } from '../../electron/core/reports/visit-rollup.repository.ts';
import { nextDay } from '../../electron/core/reports/report-days.ts';
import { createVisitLogQueue, ROWS_PER_ATTEMPT } from '../../electron/core/visits/visit-log-queue.ts';
import { createVisitsRepository, type VisitEventRow } from '../../electron/core/visits/visits.repository.ts';
import { createVisitsService } from '../../electron/core/visits/visits.service.ts';
import { createWriteFailureLog } from '../../electron/core/visits/write-failure-log.ts';
import { signInStaff } from '../support/staff.ts';
import { pct, report, samples } from './figures.ts';
import { buildYearOfVisits } from './year-of-visits.ts';

/**
 * `npm run bench`, the visit log (issue 16): one million events over a year, then what the kiosk does
 * with them. Prints one JSON line per figure ({"name","value","unit","budget","ok"}, issue 18's format),
 * then a table. The year's report from the rollup is measured against the same figures computed straight
 * from the raw table in the same run, so the ratio holds on a noisy machine.
 */
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'safecall-bench-visits-'));
const EVENTS = Number(process.env.VISIT_LOG_EVENTS ?? 1_000_000);
const REPORT_RUNS = samples(25);
const RAW_RUNS = samples(5, 1);

const timed = (work: () => unknown) => {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
};

// A kiosk's own database (migrated, real content), keeping two years of raw events so its start-up purge
// leaves the year alone and the raw figures can be computed from it.
const dataDir = join(scratch, 'kiosk');
mkdirSync(dataDir);
// A centre report key, so the year's export seals its exact counts as a provisioned kiosk's does.
const sealingKey = generateKeyPairSync('x25519').publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
writeFileSync(
  join(dataDir, 'kiosk.json'),
  JSON.stringify({ visitLog: { retentionDays: 730 }, reports: { sealingKey } }),
);
const fast = { logN: 10, r: 8, p: 1 };
createKiosk({ dataDir, appRoot, warn: () => {}, pinHashCost: fast }).close();
const file = join(dataDir, DATABASE_FILE);
const db = openDatabase(file, migrationsDir(appRoot));
const guides = db.prepare<[], string>('SELECT id FROM tutorial ORDER BY sort_order, id').pluck().all();
while (guides.length < 40) guides.push(`retired-guide-${guides.length + 1}`);

let year = { firstDay: '', lastDay: '', visits: 0, events: 0 };
report(
  'visit log: build a year (one transaction)',
  timed(() => (year = buildYearOfVisits(db, { events: EVENTS, guides, lastDay: localDay(new Date()) }))),
  'ms',
);
console.error(`built ${year.events} events, ${year.visits} visits, ${year.firstDay} to ${year.lastDay}`);
const rollup = createVisitRollupRepository(db);
report(
  'visit log: first refresh of the whole year',
  timed(() => rollup.refresh()),
  'ms',
);

// Batched ingest: the way the log queue drains a backlog, ROWS_PER_ATTEMPT events a transaction, through
// the repository, with the trigger marking days. On the days after the year, out of its report.
const repo = createVisitsRepository(db);
const afterYear = nextDay(year.lastDay);
const BATCHES = 50;
const batch = (n: number): VisitEventRow[] =>
  Array.from({ length: ROWS_PER_ATTEMPT }, (_, i) => ({
    visitId: `11111111-0000-4000-8000-${String(n * ROWS_PER_ATTEMPT + i).padStart(12, '0')}`,
    kind: 'tutorial_step_viewed',
    tutorialId: guides[i % 40]!,
    locale: null,
    stepIndex: i % 7,
    answerId: null,
    assisted: null,
    hour: `${afterYear}T${String(9 + (n % 9)).padStart(2, '0')}`,
  }));
const ingestMs = timed(() => {
  for (let n = 0; n < BATCHES; n++) {
    const rows = batch(n);
    repo.transaction(() => {
      for (const row of rows) repo.insert(row);
    });
  }
});
report(
  `visit log: batched ingest (${ROWS_PER_ATTEMPT} a transaction)`,
  (BATCHES * ROWS_PER_ATTEMPT) / (ingestMs / 1000),
  'events/s',
);

// One event as the kiosk writes it: through the visits service and its queue, its own fsynced transaction.
const queue = createVisitLogQueue(repo, {
  now: () => new Date(`${afterYear}T10:00`),
  failureLog: createWriteFailureLog({ now: () => Date.now(), print: () => {} }),
});
// On the day after the year, so the year's report holds only the year.
const visits = createVisitsService(repo, {
  now: () => new Date(`${afterYear}T10:00`),
  tutorialExists: () => true,
  rehearsalFlags: () => undefined,
  queue,
  // As the kiosk writes it: every event names the content it was shown (log-owner).
  contentVersion: () => '0123456789ab',
});
const { visitId } = visits.start('zh-Hant');
const single: number[] = [];
for (let i = 0; i < 2000; i++)
  single.push(
    timed(() => visits.record({ visitId, kind: 'tutorial_step_viewed', tutorialId: guides[0]!, stepIndex: i % 7 })),
  );
queue.close();
report('visit log: single-event write, median', pct(single, 50), 'ms');
report('visit log: single-event write, p99', pct(single, 99), 'ms');
rollup.refresh();

// The hourly refresh after a whole day's events: a day of the year copied onto a fresh day, then counted.
const copyDay = db.prepare(`INSERT INTO visit_event
  (visit_id, kind, hour, locale, second_locale, tutorial_id, step_index, answer_id, assisted, content_version)
  SELECT visit_id, kind, @to || substr(hour, 11), locale, second_locale, tutorial_id, step_index, answer_id, assisted,
    content_version FROM visit_event WHERE hour >= @from AND hour < @next`);
const dayRefresh: number[] = [];
let fresh = nextDay(afterYear);
for (let i = 0; i < 7; i++) {
  const from = year.lastDay;
  db.transaction(() => copyDay.run({ from, next: nextDay(from), to: fresh }))();
  dayRefresh.push(timed(() => rollup.refresh()));
  fresh = nextDay(fresh);
}
report("visit log: refresh after a day's events, median of 7", pct(dayRefresh, 50), 'ms');
const rollupRows = db.prepare('SELECT count(*) FROM visit_rollup').pluck().get() as number;

// The same figures straight from the raw table: what a report would cost without the rollup.
const range = { from: year.firstDay, next: nextDay(year.lastDay) };
const rawQueries = [
  `SELECT substr(hour, 1, 10) AS day, assisted, count(DISTINCT visit_id) FROM visit_event
   WHERE hour >= @from AND hour < @next AND kind = 'visit_started' GROUP BY 1, 2`,
  `SELECT locale, count(DISTINCT visit_id) FROM visit_event
   WHERE hour >= @from AND hour < @next AND kind = 'visit_started' GROUP BY 1`,
  `SELECT tutorial_id, kind, sum(v) FROM (SELECT substr(hour, 1, 10), tutorial_id, kind, count(DISTINCT visit_id) AS v
   FROM visit_event WHERE hour >= @from AND hour < @next
     AND kind IN ('tutorial_opened', 'tutorial_completed', 'step_looked_different') GROUP BY 1, 2, 3) GROUP BY 1, 2`,
  `SELECT kind, sum(v) FROM (SELECT substr(hour, 1, 10), kind, count(DISTINCT visit_id) AS v FROM visit_event
   WHERE hour >= @from AND hour < @next AND kind IN ('plan_shown', 'checklist_shown', 'checklist_printed',
     'print_failed', 'print_sent_to_browser', 'checklist_resumed', 'help_requested', 'scam_now_opened',
     'after_scam_opened') GROUP BY 1, 2) GROUP BY 1`,
  `SELECT DISTINCT content_version FROM visit_event WHERE hour >= @from AND hour < @next`,
].map((sql) => db.prepare(sql));
const raw: number[] = [];
for (let i = 0; i < RAW_RUNS; i++) raw.push(timed(() => rawQueries.forEach((q) => q.all(range))));
db.close();

// The year's report through the core, as the staff screen asks for it (validation, refresh, the rollup).
// The first after a start reads every day of the year from the rollup; each one after it finds today
// counted again (a visitor's event before each, as in a working day) and reads that one day afresh.
const kiosk = createKiosk({ dataDir, appRoot, warn: () => {}, pinHashCost: fast });
const staff = await signInStaff(kiosk);
const request = { from: year.firstDay, to: year.lastDay, locale: 'zh-Hant' };
let answer: Awaited<ReturnType<typeof kiosk.dispatch>> | undefined;
const cold = await (async () => {
  const t0 = performance.now();
  answer = await kiosk.dispatch('getVisitReport', request, staff);
  return performance.now() - t0;
})();
if (!answer?.ok) throw new Error(`getVisitReport failed: ${JSON.stringify(answer?.error)}`);
const total = (answer.value as { visits: { total: number } }).visits.total;
if (total !== year.visits) throw new Error(`the report counts ${total} visits, the year has ${year.visits}`);
const visitor = { caller: 'bench:visitor', token: undefined };
const started = await kiosk.dispatch('startVisit', { locale: 'ar' }, visitor);
const benchVisit = started.ok ? (started.value as { visitId: string }).visitId : '';
/** REPORT_RUNS timed reports after 3 untimed ones; `before` runs ahead of each, untimed. */
const reportTimes = async (before: () => Promise<unknown>) => {
  const times: number[] = [];
  for (let i = 0; i < REPORT_RUNS + 3; i++) {
    await before();
    const t0 = performance.now();
    await kiosk.dispatch('getVisitReport', request, staff);
    if (i >= 3) times.push(performance.now() - t0);
  }
  return times;
};
// Staff changing the range back and forth: nothing new in the log between two reports.
const still = await reportTimes(async () => {});
// A working day: a visitor's event before each report, so its refresh counts today again and reads it afresh.
const working = await reportTimes(() =>
  kiosk.dispatch('recordEvent', { visitId: benchVisit, kind: 'help_requested' }, visitor),
);
// A year's export as the browser shell answers it (the files' text, no folder): the report, suppression,
// the sealed exact counts, CSV and JSON. Electron adds the writes to the stick, which depend on the stick.
const exports: number[] = [];
let exported: Awaited<ReturnType<typeof kiosk.dispatch>> | undefined;
for (let i = 0; i < REPORT_RUNS + 3; i++) {
  const t0 = performance.now();
  exported = await kiosk.dispatch('exportVisitReport', request, staff);
  if (i >= 3) exports.push(performance.now() - t0);
}
if (!exported?.ok) throw new Error(`exportVisitReport failed: ${JSON.stringify(exported?.error)}`);
const exportBytes = (exported.value as { files: { text: string }[] }).files.reduce((n, f) => n + f.text.length, 0);
kiosk.close();
report("visit log: a year's getVisitReport, first after a start (every day read)", cold, 'ms');
report(`visit log: a year's getVisitReport, nothing new, median of ${REPORT_RUNS}`, pct(still, 50), 'ms', 20);
report(`visit log: a year's getVisitReport, nothing new, p95 of ${REPORT_RUNS}`, pct(still, 95), 'ms', 20);
report(`visit log: a year's getVisitReport after an event today, median of ${REPORT_RUNS}`, pct(working, 50), 'ms', 20);
report(`visit log: a year's getVisitReport after an event today, p95 of ${REPORT_RUNS}`, pct(working, 95), 'ms', 20);
report(`visit log: the same figures from the raw table, median of ${RAW_RUNS}`, pct(raw, 50), 'ms');
report(
  `visit log: a year's export (CSV + sealed JSON, ${exportBytes} characters), median of ${REPORT_RUNS}`,
  pct(exports, 50),
  'ms',
);

console.log(
  `\nSafeCall visit log (Node ${process.versions.node}): ${year.events} events, ${year.visits} visits over ${year.firstDay}..${year.lastDay}`,
);
console.log(`rollup rows: ${rollupRows}; database file: ${(statSync(file).size / 1024 / 1024).toFixed(0)} MiB`);
// The machine's load says how far to trust absolute figures; the ratio to the raw query holds better.
console.log(
  `load average at the end: ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} on ${availableParallelism()} cores`,
);
rmSync(scratch, { recursive: true, force: true });
