import { describe, expect, it } from 'vitest';
import { createWriteFailureLog, SUMMARY_EVERY_MS } from '../../../electron/core/visits/write-failure-log.ts';

function full(): Error {
  return Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
}

function setup() {
  let clock = 1_000_000;
  const lines: string[] = [];
  const log = createWriteFailureLog({ now: () => clock, print: (m) => lines.push(m) });
  return { log, lines, advance: (ms: number) => (clock += ms) };
}

describe('the operator log while the visit log cannot be written (audit L7)', () => {
  it('tell the first failure with its stack, then stay quiet for the rest of the minute', () => {
    const { log, lines, advance } = setup();
    const first = full();
    log.failed(first, 1);
    for (let i = 0; i < 5_000; i++) {
      advance(10);
      log.failed(full(), 1 + i);
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('the visit log cannot be written');
    expect(lines[0]).toContain(first.stack);
  });

  it('then say in one line a minute how many writes failed and how many events wait', () => {
    const { log, lines, advance } = setup();
    log.failed(full(), 1);
    for (let i = 0; i < 30; i++) log.failed(full(), 2 + i);
    log.tick(31);
    expect(lines).toHaveLength(1);
    advance(SUMMARY_EVERY_MS);
    log.tick(31);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('SafeCall: 30 visit-log writes failed in the last minute (SQLITE_FULL); 31 waiting');
    // Nothing new failed: nothing more to say, however often the timer asks.
    advance(SUMMARY_EVERY_MS);
    log.tick(31);
    expect(lines).toHaveLength(2);
    // A failure a minute after the last line is told at once, with no stack.
    log.failed(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }), 32);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('SafeCall: 1 visit-log writes failed in the last minute (SQLITE_BUSY); 32 waiting');
  });

  it('say once that the log is written again, and not flood when a lock comes and goes', () => {
    const { log, lines, advance } = setup();
    log.failed(full(), 1);
    log.recovered(1);
    expect(lines.at(-1)).toBe('SafeCall: the visit log is written again (1 waiting events saved).');
    // Another program takes and drops its lock every few seconds for a minute: no line until the minute is up.
    for (let i = 0; i < 12; i++) {
      advance(4_000);
      log.failed(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }), 1);
      log.recovered(1);
    }
    expect(lines).toHaveLength(2);
    advance(SUMMARY_EVERY_MS);
    log.failed(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }), 1);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('SafeCall: 13 visit-log writes failed in the last minute (SQLITE_BUSY); 1 waiting');
    // One stack in the whole story: the first failure's.
    expect(lines.filter((l) => l.includes('\n    at '))).toHaveLength(1);
  });
});
