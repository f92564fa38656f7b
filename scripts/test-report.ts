import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reading the runners' JSON reports for `npm test`'s summary (scripts/test.ts). */

export function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

export interface PlaywrightSuite {
  title: string;
  specs?: {
    title: string;
    tests: { results: { duration: number; status: string; error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
}

/** An error's first meaningful line, without terminal colours, short enough for a summary line. */
function firstLine(message: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const plain = (message ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const line = plain.split('\n').find((l) => l.trim() !== '') ?? '(no message)';
  return line.trim().slice(0, 300);
}

/**
 * Every failing test by name, with its first error line. CI shows only the end of the output, so what
 * failed must be said here, next to the counts, and not only up in the runner's own report.
 */
/** The vitest JSON reports `npm test` writes: the node project, and the component project in two halves (scripts/test.ts). */
export const VITEST_REPORTS = ['vitest-node.json', 'vitest-component-1of2.json', 'vitest-component-2of2.json'];

export function failures(results: string): string[] {
  const out: string[] = [];
  for (const name of VITEST_REPORTS) out.push(...vitestFailures(results, name));
  return [...out, ...playwrightFailures(results)];
}

function vitestFailures(results: string, name: string): string[] {
  const out: string[] = [];
  const vitest = readJson(join(results, name)) as
    | {
        testResults?: {
          name: string;
          message?: string;
          status?: string;
          assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
        }[];
      }
    | undefined;
  for (const f of vitest?.testResults ?? []) {
    const file = f.name.replace(`${process.cwd()}/`, '');
    const failed = f.assertionResults.filter((a) => a.status === 'failed');
    for (const a of failed) out.push(`vitest ${file} › ${a.fullName}\n    ${firstLine(a.failureMessages[0])}`);
    // A file that failed to load has no failing test, only a message.
    if (failed.length === 0 && f.status === 'failed') out.push(`vitest ${file}\n    ${firstLine(f.message)}`);
  }
  return out;
}

function playwrightFailures(results: string): string[] {
  const out: string[] = [];
  for (const [kind, file] of [
    ['e2e', 'e2e.json'],
    ['electron', 'electron.json'],
  ] as const) {
    const walk = (suite: PlaywrightSuite, path: string) => {
      for (const spec of suite.specs ?? [])
        for (const t of spec.tests) {
          const last = t.results.at(-1);
          if (last && last.status !== 'passed' && last.status !== 'skipped')
            out.push(`${kind} ${path} › ${spec.title} (${last.status})\n    ${firstLine(last.error?.message)}`);
        }
      for (const child of suite.suites ?? []) walk(child, path ? `${path} › ${child.title}` : child.title);
    };
    const report = readJson(join(results, file)) as { suites?: PlaywrightSuite[] } | undefined;
    for (const suite of report?.suites ?? []) walk(suite, suite.title);
  }
  return out;
}
