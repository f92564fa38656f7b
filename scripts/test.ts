import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { failures, readJson, VITEST_REPORTS, type PlaywrightSuite } from './test-report.ts';

/**
 * `npm test`: everything CI runs, in order: type-check, lint, vitest (unit + integration on real SQLite
 * files, and component tests in Chromium), the renderer build, a smoke run of the bench, end-to-end in Chromium through the browser shell, and the Electron
 * smoke tests (skipped, saying why, where Electron is not installed). Every stage runs even after a
 * failure, so one run shows all that is wrong; the last line is the plain "N passed, N failed" count.
 * The static checks and the two vitest projects run side by side: none needs another's output, and one
 * vitest process would run its projects one after the other, leaving a core idle in each. Their output
 * is printed whole, one stage after another, once all end.
 */

const RESULTS = 'test-results';
/** Written by the bench runner (tests/bench/run.ts) where it is run from; removed first so a stale one is never read. */
const BENCH_RESULTS = 'bench-results.json';
const STARTED = Date.now();
rmSync(RESULTS, { recursive: true, force: true });
rmSync(BENCH_RESULTS, { force: true });
mkdirSync(RESULTS, { recursive: true });

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
interface Stage {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** The stage's tests, from its report; `ok` is its exit status, for a stage that is one check. */
  counts?: (ok: boolean) => Counts;
  /** Runs at the same time as the stages next to it that are also `beside`. */
  beside?: boolean;
  /** What the counts are made of, for the summary line (e.g. tests per vitest project). */
  detail?: () => string;
}

function vitestCounts(file: string): Counts {
  const r = readJson(file) as
    { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | undefined;
  return r
    ? { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests }
    : { passed: 0, failed: 1, skipped: 0 };
}

function playwrightCounts(file: string): Counts {
  const r = readJson(file) as
    { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
  return r
    ? { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped }
    : { passed: 0, failed: 1, skipped: 0 };
}

/** The bench smoke run is one check: it passed when every part ran and measured (tests/bench/run.ts's exit status). */
function benchCounts(ok: boolean): Counts {
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
}

/** Which parts ran, and which did not, by name: the summary line says what to look at. */
function benchDetail(): string {
  const r = readJson(BENCH_RESULTS) as { parts?: { part: string; ok: boolean }[] } | undefined;
  if (!r?.parts) return 'no bench-results.json written';
  const failed = r.parts.filter((p) => !p.ok).map((p) => p.part);
  return `${r.parts.length - failed.length} of ${r.parts.length} parts ran${failed.length > 0 ? `; failed: ${failed.join(', ')}` : ''}`;
}

const playwright = (config: string): Stage['command'] => [
  'npx',
  'playwright',
  'test',
  '--config',
  config,
  '--reporter=list,json',
];

/** One vitest process; with `shard`, only its share of the project's files (vitest's --shard). */
function vitestStage(project: 'node' | 'component', what: string, shard?: { index: number; of: number }): Stage {
  const part = shard ? `-${shard.index}of${shard.of}` : '';
  const report = join(RESULTS, `vitest-${project}${part}.json`);
  return {
    name: `vitest ${project}${shard ? ` ${shard.index}/${shard.of}` : ''} (${what})`,
    beside: true,
    command: [
      'npx',
      'vitest',
      'run',
      '--project',
      project,
      // Each browser process serves its page on a port of its own (the next free one if that is taken).
      ...(shard ? [`--shard=${shard.index}/${shard.of}`, `--api.port=${63314 + shard.index}`] : []),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    counts: () => vitestCounts(report),
  };
}

const stages: Stage[] = [
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'], beside: true },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'], beside: true },
  { name: 'content check', command: ['npm', 'run', '--silent', 'content:check'], beside: true },
  // The two vitest projects as separate processes side by side: one vitest process runs its projects one after
  // the other (node, then component: 177 s + 136 s in CI14), and each leaves a core to the other. The component
  // tests in two halves: one browser runs its files one after another, and alone it was the longest stage
  // (217 s on a quiet machine, 403 s in CI29); two halves side by side took 164 s (issue 18).
  vitestStage('node', 'unit + integration'),
  vitestStage('component', 'screens in Chromium', { index: 1, of: 2 }),
  vitestStage('component', 'screens in Chromium', { index: 2, of: 2 }),
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  // bench smoke (issue 18): every bench part still runs, with a handful of samples and no budgets judged, so
  // the bench cannot break unnoticed. It needs dist/ (the build above). One pass or fail, whatever its parts
  // count. Not beside e2e: both keep the two cores busy, so side by side each only slows the other.
  // Budget: 60 s of wall time on a quiet 2-core machine.
  {
    name: 'bench smoke',
    command: ['node', 'tests/bench/run.ts', '--smoke'],
    counts: benchCounts,
    detail: benchDetail,
  },
  {
    name: 'e2e (browser shell, Chromium)',
    command: playwright('tests/e2e/playwright.config.ts'),
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: `${RESULTS}/e2e.json` },
    counts: () => playwrightCounts(join(RESULTS, 'e2e.json')),
  },
  {
    name: 'electron smoke',
    command: playwright('tests/electron/playwright.config.ts'),
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: `${RESULTS}/electron.json` },
    counts: () => playwrightCounts(join(RESULTS, 'electron.json')),
  },
];

/** Where the time went: the ten slowest e2e tests and the five slowest test files, so it is measured, not guessed. */
function slowest(): string[] {
  const e2e: { name: string; ms: number }[] = [];
  const walk = (suite: PlaywrightSuite, file: string) => {
    for (const spec of suite.specs ?? [])
      e2e.push({
        name: `${file} › ${spec.title}`,
        ms: Math.max(0, ...spec.tests.flatMap((t) => t.results.map((r) => r.duration))),
      });
    for (const child of suite.suites ?? []) walk(child, file);
  };
  const report = readJson(join(RESULTS, 'e2e.json')) as { suites?: PlaywrightSuite[] } | undefined;
  for (const suite of report?.suites ?? []) walk(suite, suite.title);
  const files = VITEST_REPORTS.flatMap(
    (name) =>
      (
        readJson(join(RESULTS, name)) as
          { testResults?: { name: string; startTime: number; endTime: number }[] } | undefined
      )?.testResults ?? [],
  ).map((f) => ({
    name: f.name.replace(`${process.cwd()}/`, ''),
    ms: f.endTime - f.startTime,
  }));
  const line = ({ name, ms }: { name: string; ms: number }) => `${(ms / 1000).toFixed(1).padStart(6)}s  ${name}`;
  return [
    'e2e tests:',
    ...e2e
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10)
      .map(line),
    'vitest files:',
    ...files
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map(line),
  ];
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const summary: string[] = [];

interface Ran {
  ok: boolean;
  seconds: string;
  output?: string;
}

/** Runs a stage: its output straight to the terminal, or kept and handed back when it runs beside others. */
function run(stage: Stage, keepOutput: boolean): Promise<Ran> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(stage.command[0] ?? 'npm', stage.command.slice(1), {
      stdio: keepOutput ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...stage.env },
    });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c));
    const end = (ok: boolean) =>
      done({
        ok,
        seconds: ((Date.now() - started) / 1000).toFixed(1),
        output: keepOutput ? Buffer.concat(chunks).toString() : undefined,
      });
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      end(false);
    });
    child.on('close', (code) => end(code === 0));
  });
}

function record(stage: Stage, { ok, seconds }: Ran): void {
  if (stage.counts) {
    const c = stage.counts(ok);
    // A runner that failed without reporting a failing test still fails the run.
    if (!ok && c.failed === 0) c.failed = 1;
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
    const detail = stage.detail?.();
    summary.push(
      `${ok ? 'ok  ' : 'FAIL'} ${stage.name} (${seconds}s): ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped${detail ? ` (${detail})` : ''}`,
    );
  } else {
    if (!ok) total.failed += 1;
    summary.push(`${ok ? 'ok  ' : 'FAIL'} ${stage.name} (${seconds}s)`);
  }
}

for (let i = 0; i < stages.length;) {
  const stage = stages[i] as Stage;
  if (stage.beside) {
    const group: Stage[] = [];
    for (; i < stages.length && stages[i]?.beside; i++) group.push(stages[i] as Stage);
    const ran = await Promise.all(group.map((s) => run(s, true)));
    group.forEach((s, k) => {
      const r = ran[k] as Ran;
      console.log(`\n=== ${s.name}: ${s.command.join(' ')}\n${r.output ?? ''}`);
      record(s, r);
    });
  } else {
    console.log(`\n=== ${stage.name}: ${stage.command.join(' ')}`);
    record(stage, await run(stage, false));
    i++;
  }
}

console.log(`\n=== slowest\n${slowest().join('\n')}`);
const failed = failures(RESULTS);
if (failed.length > 0) console.log(`\n=== failed\n${failed.join('\n')}`);
console.log(`\n=== summary\n${summary.join('\n')}`);
console.log(`all stages: ${((Date.now() - STARTED) / 1000).toFixed(1)}s of wall time`);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
