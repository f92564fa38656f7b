/**
 * The one format every benchmark speaks (issue 18): one JSON line per figure on stdout,
 * `{"name","value","unit","budget","ok"}`, so `npm run bench` (tests/bench/run.ts) can gather the figures of
 * every part, each in its own process, into one table and bench-results.json.
 *
 * Smoke mode (`BENCH_SMOKE=1`, or `npm run bench -- --smoke`; CI runs it) takes a few samples of everything and
 * judges no budget: it proves the benchmark still runs end to end, and says nothing about speed. A budget is
 * judged only in a full run, and only with enough samples for the percentile asked of it.
 */

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The limit the figure must stay at or under; null where the issue sets none (context figures). */
  budget: number | null;
  /** null where there is no budget, or in smoke mode. */
  ok: boolean | null;
}

/** Marks a line on stdout as a figure for the runner; anything else a part prints passes through as is. */
export const FIGURE_LINE = /^\{"name":/;

export const SMOKE = process.env.BENCH_SMOKE === '1';

/** How many samples to take: `full` in a real run, `smoke` (a handful) when CI only checks the bench runs. */
export const samples = (full: number, smoke = Math.min(3, full)): number => (SMOKE ? smoke : full);

const decimals = (unit: string) =>
  unit === 'ms' || unit === '×' || unit === '%' ? 2 : unit === 'KB' || unit === 'MB' ? 1 : 0;

export function report(name: string, value: number, unit: string, budget: number | null = null): Figure {
  const rounded = Number(value.toFixed(decimals(unit)));
  const figure: Figure = {
    name,
    value: rounded,
    unit,
    budget: SMOKE ? null : budget,
    ok: SMOKE || budget === null ? null : value <= budget,
  };
  console.log(JSON.stringify(figure));
  return figure;
}

/** The p-th percentile by nearest rank; p95 of 200 samples is the 190th smallest. */
export function pct(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => pct(values, 50);

/** Times `fn` `runs` times after `warmup` unmeasured runs; milliseconds each. */
export async function timeRuns(runs: number, fn: () => unknown, warmup = Math.min(5, runs)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}
