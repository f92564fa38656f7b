import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp-dir.ts';

/** Acknowledged lines before the kill: enough to be well inside the burst. */
const KILL_AFTER = 400;

/** Runs the child writer, kills it with SIGKILL mid-burst, and returns every line it acknowledged. */
async function killMidBurst(file: string): Promise<string[]> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'log-writer-child.ts'), file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.split('\n').length > KILL_AFTER) child.kill('SIGKILL');
  });
  const signal = await exited;
  expect(signal, `the writer ended by itself: ${err}`).toBe('SIGKILL');
  // A line cut off by the kill was never acknowledged.
  return out.split('\n').slice(0, -1);
}

describe('the visit log after the process is killed mid-burst', () => {
  it('keep every write it acknowledged, with each batch whole, and an intact file', async () => {
    const file = join(tempDir(), 'safecall.sqlite');
    const acknowledged = await killMidBurst(file);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);

    const db = new Database(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const kinds = db.prepare('SELECT kind FROM visit_event WHERE visit_id = ? ORDER BY id').pluck();
      const missing = acknowledged.filter((line) => {
        const [visitId, what] = line.split(' ');
        const logged = kinds.all(visitId) as string[];
        return what === 'visit_started'
          ? !logged.includes('visit_started')
          : logged.slice(1).join() !== 'question_answered,question_answered,question_answered,plan_shown';
      });
      expect(missing).toEqual([]);
      // A batch the kill cut through is absent whole, never half there.
      const halves = db
        .prepare(
          "SELECT visit_id FROM visit_event WHERE kind <> 'visit_started' GROUP BY visit_id HAVING count(*) <> 4",
        )
        .pluck()
        .all();
      expect(halves).toEqual([]);
    } finally {
      db.close();
    }
  });
});
