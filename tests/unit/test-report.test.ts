import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { failures } from '../../scripts/test-report.ts';

// The shapes are the runners' own JSON reports (vitest --reporter=json, Playwright's json reporter), cut down
// to the fields read. CI shows only the end of `npm test`, so a failure it cannot name is one nobody can fix.
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function reports(files: Record<string, unknown>): string {
  dir = mkdtempSync(join(tmpdir(), 'test-report-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(body));
  return dir;
}

describe("npm test's list of what failed", () => {
  it('names a failing vitest test with the first line of its error, without colours', () => {
    const out = failures(
      reports({
        'vitest-node.json': {
          testResults: [
            {
              name: `${process.cwd()}/tests/unit/a.test.ts`,
              status: 'failed',
              assertionResults: [
                { fullName: 'a passes', status: 'passed', failureMessages: [] },
                {
                  fullName: 'a breaks',
                  status: 'failed',
                  failureMessages: ['\n\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n    at a.test.ts:3'],
                },
              ],
            },
          ],
        },
      }),
    );
    expect(out).toEqual(['vitest tests/unit/a.test.ts › a breaks\n    AssertionError: expected 1 to be 2']);
  });

  it('names a test file that failed to load, which has no failing test of its own', () => {
    const out = failures(
      reports({
        'vitest-node.json': {
          testResults: [{ name: 'b.test.ts', status: 'failed', message: 'Cannot find module x', assertionResults: [] }],
        },
      }),
    );
    expect(out).toEqual(['vitest b.test.ts\n    Cannot find module x']);
  });

  it('names a failing or timed-out e2e test by file and describe block, and not the passed or skipped ones', () => {
    const result = (status: string, message?: string) => ({
      duration: 1,
      status,
      ...(message ? { error: { message } } : {}),
    });
    const out = failures(
      reports({
        'e2e.json': {
          suites: [
            {
              title: 'lobby.e2e.ts',
              specs: [{ title: 'passes', tests: [{ results: [result('passed')] }] }],
              suites: [
                {
                  title: 'Arabic',
                  specs: [
                    {
                      title: 'times out',
                      tests: [{ results: [result('timedOut', 'Test timeout of 60000ms exceeded.')] }],
                    },
                    { title: 'skipped', tests: [{ results: [result('skipped')] }] },
                  ],
                },
              ],
            },
          ],
        },
        'electron.json': {
          suites: [{ title: 'smoke.e2e.ts', specs: [{ title: 'fails', tests: [{ results: [result('failed')] }] }] }],
        },
      }),
    );
    expect(out).toEqual([
      'e2e lobby.e2e.ts › Arabic › times out (timedOut)\n    Test timeout of 60000ms exceeded.',
      'electron smoke.e2e.ts › fails (failed)\n    (no message)',
    ]);
  });

  it('says nothing when every report is missing or clean', () => {
    expect(failures(reports({}))).toEqual([]);
  });
});
