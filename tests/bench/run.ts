import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIGURE_LINE, type Figure } from './figures.ts';

/**
 * `npm run bench` (issue 18): runs every part of the benchmark, each in its own Node process so that one part's
 * heap, browser or failure cannot touch the next, gathers the figure lines they print, and ends with one table and
 * bench-results.json. It never stops at a failing part: the part is reported as failed, with the last lines it
 * printed, and the others still run.
 *
 *   node tests/bench/run.ts [--smoke] [part ...]
 *
 * `--smoke` (CI, in `npm test`): a handful of samples per figure and no budgets, to prove every part still runs.
 * Exit status: 1 when a part failed or (full run) a figure is over its budget; 0 otherwise.
 */
const here = dirname(fileURLToPath(import.meta.url));
const appRoot = resolve(here, '..', '..');

/** Every part, in the order they run; each is a script beside this one. */
export const PARTS = ['size', 'core', 'content-pack', 'start', 'tap', 'print-pdf', 'soak', 'visit-log'] as const;
type Part = (typeof PARTS)[number];

const args = process.argv.slice(2);
const smoke = args.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const asked = args.filter((a) => !a.startsWith('--'));
const unknown = asked.filter((a) => !(PARTS as readonly string[]).includes(a));
if (unknown.length > 0) {
  console.error(`Unknown bench part(s): ${unknown.join(', ')}. The parts are: ${PARTS.join(', ')}.`);
  process.exit(2);
}
const parts = (asked.length > 0 ? asked : PARTS) as Part[];

interface PartResult {
  part: Part;
  ok: boolean;
  seconds: number;
  figures: Figure[];
  /** The last lines the part printed, when it failed. */
  tail?: string;
}

function runPart(part: Part): Promise<PartResult> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(here, `${part}.ts`)], {
      cwd: appRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      // The visit log's year is a million events in a full run; a smoke run only proves the path works.
      env: { ...process.env, BENCH_SMOKE: smoke ? '1' : '0', ...(smoke ? { VISIT_LOG_EVENTS: '5000' } : {}) },
    });
    const figures: Figure[] = [];
    const lines: string[] = [];
    let pending = '';
    const take = (chunk: Buffer, echo: NodeJS.WriteStream) => {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const line of complete) {
        lines.push(line);
        if (lines.length > 40) lines.shift();
        if (FIGURE_LINE.test(line)) {
          try {
            figures.push(JSON.parse(line) as Figure);
          } catch {
            // A half-written line is the part's bug; its exit status says so.
          }
        }
        echo.write(`${line}\n`);
      }
    };
    child.stdout.on('data', (c: Buffer) => take(c, process.stdout));
    child.stderr.on('data', (c: Buffer) => take(c, process.stderr));
    const end = (ok: boolean) => {
      const seconds = (performance.now() - started) / 1000;
      // A part that ends "well" without a single figure has measured nothing: that is a failure too.
      const measured = ok && figures.length > 0;
      done({ part, ok: measured, seconds, figures, tail: measured ? undefined : lines.slice(-15).join('\n') });
    };
    child.on('error', (error) => {
      lines.push(error.message);
      end(false);
    });
    child.on('close', (code) => end(code === 0));
  });
}

const results: PartResult[] = [];
for (const part of parts) {
  console.log(`\n=== bench: ${part}${smoke ? ' (smoke)' : ''}`);
  results.push(await runPart(part));
}

const all = results.flatMap((r) => r.figures.map((f) => ({ part: r.part, ...f })));
const failed = results.filter((r) => !r.ok);
const over = all.filter((f) => f.ok === false);

console.log(`\n=== SafeCall bench${smoke ? ' (smoke: few samples, no budgets)' : ''}: ${all.length} figures`);
console.table(
  all.map((f) => ({
    part: f.part,
    figure: f.name,
    value: f.value,
    unit: f.unit,
    budget: f.budget ?? '',
    ok: f.ok === null ? '' : f.ok ? 'ok' : 'OVER',
  })),
);
for (const r of failed)
  console.log(`\nFAILED part "${r.part}" (${r.seconds.toFixed(1)} s); its last lines:\n${r.tail ?? ''}`);

const cpu = cpus()[0];
writeFileSync(
  join(appRoot, 'bench-results.json'),
  `${JSON.stringify(
    {
      when: new Date().toISOString(),
      smoke,
      machine: {
        node: process.versions.node,
        cpu: cpu?.model ?? 'unknown',
        cores: availableParallelism(),
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        // How far to trust absolute figures: a loaded machine inflates them; the ratios hold better.
        loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
      },
      parts: results.map((r) => ({ part: r.part, ok: r.ok, seconds: Number(r.seconds.toFixed(1)) })),
      figures: all,
    },
    null,
    2,
  )}\n`,
);

const line = smoke
  ? `${results.length - failed.length} of ${results.length} parts ran; ${all.length} figures (no budgets judged in a smoke run)`
  : `${results.length - failed.length} of ${results.length} parts ran; ${all.filter((f) => f.ok === true).length} figures within budget, ${over.length} over`;
console.log(`\n${line}. Written to bench-results.json.`);
process.exitCode = failed.length > 0 || over.length > 0 ? 1 : 0;
