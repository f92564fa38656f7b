import { randomUUID } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallResponse } from '../../../shared/api.ts';
import { openDatabase, type Db } from '../../../electron/core/db/open-database.ts';
import { DATABASE_FILE, migrationsDir } from '../../../electron/core/create-core.ts';
import { createVisitLogQueue, RETRY_EVERY_MS } from '../../../electron/core/visits/visit-log-queue.ts';
import { createVisitsRepository, type VisitEventRow } from '../../../electron/core/visits/visits.repository.ts';
import { createVisitsService } from '../../../electron/core/visits/visits.service.ts';
import { createWriteFailureLog } from '../../../electron/core/visits/write-failure-log.ts';
import { call, REPO_ROOT, tempDir, testKiosk } from '../../support/temp-dir.ts';
import { signInStaff, staffCall } from '../../support/staff.ts';

type Health = CallResponse<'getHealth'>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const FACETIME = 'iphone-turn-off-facetime';
const HOUR = '2026-12-05T21';

// The retry timer is driven by hand; SQLite, its locks and its errors are real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The kinds logged for one visit, read through a connection of its own, as a report would. */
function kindsOf(file: string, visitId: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT kind FROM visit_event WHERE visit_id = ? ORDER BY id').pluck().all(visitId) as string[];
  } finally {
    db.close();
  }
}

/** The visit log alone (repository, queue, service) on a connection the test controls. */
function visitLogOn(db: Db, options: { capacity?: number; remember?: number } = {}) {
  const lines: string[] = [];
  const repo = createVisitsRepository(db);
  let inserts = 0;
  const counted = { ...repo, insert: (row: VisitEventRow) => (inserts++, repo.insert(row)) };
  const queue = createVisitLogQueue(counted, {
    now: () => new Date(2026, 11, 5, 21, 30),
    failureLog: createWriteFailureLog({ now: () => 0, print: (m) => lines.push(m) }),
    ...(options.capacity !== undefined && { capacity: options.capacity }),
  });
  const visits = createVisitsService(repo, {
    now: () => new Date(2026, 11, 5, 21, 30),
    tutorialExists: () => true,
    rehearsalFlags: () => undefined,
    queue,
    contentVersion: () => undefined,
    ...(options.remember !== undefined && { remember: options.remember }),
  });
  return { queue, visits, lines, inserts: () => inserts };
}

function freshDatabase(): { db: Db; file: string } {
  const file = join(tempDir(), DATABASE_FILE);
  return { db: openDatabase(file, migrationsDir(REPO_ROOT)), file };
}

/** Fills the database up to its page limit, so any new row gets a real SQLITE_FULL from SQLite. */
function fillToTheLimit(db: Db): void {
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  const fill = db.prepare("INSERT INTO visit_event (visit_id, kind, hour) VALUES (?, 'visit_reset', ?)");
  // Fifty rows at a time, then one at a time to use up the last free bytes.
  for (const size of [50, 1]) {
    const some = db.transaction(() => {
      for (let i = 0; i < size; i++) fill.run(randomUUID(), HOUR);
    });
    for (let tries = 0; ; tries++) {
      if (tries > 10_000) throw new Error('the database never filled up');
      try {
        some();
      } catch (error) {
        expect((error as { code?: string }).code).toBe('SQLITE_FULL');
        break;
      }
    }
  }
}

describe('the visit log never blocks a visitor (audit H1)', () => {
  it('start a visit, answer reads and keep the events while another program holds the write lock, then write them', async () => {
    const kiosk = testKiosk();
    // Staff chose their PIN before the other program took the lock (choosing it writes; signing in does not).
    await signInStaff(kiosk);
    const file = join(kiosk.dataDir, DATABASE_FILE);
    const lock = new Database(file);
    lock.exec('BEGIN IMMEDIATE');

    const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'zh-Hant' });
    expect(visitId).toMatch(UUID);
    // The visit started while the other program still held its lock: by order, not by the clock.
    expect(lock.inTransaction).toBe(true);
    // Reads answer (WAL), and the visit the kiosk just started is known though nothing of it is written.
    expect(
      (await call<CallResponse<'listTutorials'>>(kiosk, 'listTutorials', { locale: 'zh-Hant' })).tutorials.length,
    ).toBeGreaterThan(20);
    await call(kiosk, 'recordEvent', { visitId, kind: 'browse_viewed', locale: 'zh-Hant' });
    await call(kiosk, 'openTutorial', { tutorialId: FACETIME, locale: 'zh-Hant', visitId });
    const { questions } = await call<CallResponse<'getQuestions'>>(kiosk, 'getQuestions', { locale: 'zh-Hant' });
    const answers = Object.fromEntries(questions.map((q) => [q.id, [q.options[0]!.id]]));
    expect(
      (await call<CallResponse<'makePlan'>>(kiosk, 'makePlan', { locale: 'zh-Hant', answers, visitId })).actions.length,
    ).toBeGreaterThan(0);

    const waiting = 3 + questions.length + 1;
    const during = (await staffCall<Health>(kiosk, 'getHealth', {})).visitLog;
    expect(during).toMatchObject({ ok: false, pending: waiting, dropped: 0, failures: 4, lastError: 'SQLITE_BUSY' });
    expect(during.failingSince).toMatch(/^\d{4}-\d\d-\d\dT\d\d$/);
    expect(kindsOf(file, visitId)).toEqual([]);
    lock.exec('ROLLBACK');
    lock.close();

    vi.advanceTimersByTime(RETRY_EVERY_MS);
    expect(kindsOf(file, visitId)).toEqual([
      'visit_started',
      'browse_viewed',
      'tutorial_opened',
      ...questions.map(() => 'question_answered'),
      'plan_shown',
    ]);
    expect((await staffCall<Health>(kiosk, 'getHealth', {})).visitLog).toEqual({
      ok: true,
      pending: 0,
      dropped: 0,
      failures: 4,
      lastError: 'SQLITE_BUSY',
    });
  });

  it('try a locked database once, then queue new writes without waiting for the lock again', () => {
    const { db, file } = freshDatabase();
    const log = visitLogOn(db);
    const lock = new Database(file);
    lock.exec('BEGIN IMMEDIATE');
    const first = log.visits.start('en').visitId;
    expect(log.inserts()).toBe(1);
    for (let i = 0; i < 20; i++) log.visits.record({ visitId: first, kind: 'help_requested' });
    // Twenty more events, and not one more try at the lock: no request waits for it.
    expect(log.inserts()).toBe(1);
    expect(log.queue.status().pending).toBe(21);
    // The timer keeps trying while the lock is held, and loses nothing.
    vi.advanceTimersByTime(RETRY_EVERY_MS * 3);
    expect(log.queue.status().pending).toBe(21);
    lock.exec('ROLLBACK');
    lock.close();
    vi.advanceTimersByTime(RETRY_EVERY_MS);
    expect(kindsOf(file, first)).toHaveLength(21);
    expect(log.queue.status()).toMatchObject({ ok: true, pending: 0 });
    db.close();
  });

  it('keep working on a full disk (a real SQLITE_FULL), and write what waited once there is room', () => {
    const { db, file } = freshDatabase();
    const log = visitLogOn(db);
    fillToTheLimit(db);

    const { visitId } = log.visits.start('vi');
    expect(visitId).toMatch(UUID);
    log.visits.witness({ visitId, kind: 'tutorial_opened', tutorialId: FACETIME, locale: 'vi' });
    log.visits.recordAnswers(visitId, ['phone-iphone', 'apps-whatsapp'], 'vi');
    expect(log.queue.status()).toMatchObject({
      ok: false,
      pending: 5,
      dropped: 0,
      failures: 3,
      failingSince: '2026-12-05T21',
      lastError: 'SQLITE_FULL',
    });
    // The operator's log: the first failure with its stack, nothing for each later one.
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/SqliteError: database or disk is full\n\s+at /);

    vi.advanceTimersByTime(RETRY_EVERY_MS);
    expect(log.queue.status().pending).toBe(5);
    db.pragma('max_page_count = 1000000');
    vi.advanceTimersByTime(RETRY_EVERY_MS);
    expect(kindsOf(file, visitId)).toEqual([
      'visit_started',
      'tutorial_opened',
      'question_answered',
      'question_answered',
      'plan_shown',
    ]);
    expect(log.queue.status()).toMatchObject({ ok: true, pending: 0, dropped: 0 });
    expect(log.lines.at(-1)).toBe(
      'SafeCall: the visit log is written again (5 waiting events saved; 2 more writes had failed).',
    );
    db.close();
  });

  it('keep at most its capacity in memory, dropping the oldest events and counting them', () => {
    const { db, file } = freshDatabase();
    const log = visitLogOn(db, { capacity: 5 });
    const lock = new Database(file);
    lock.exec('BEGIN IMMEDIATE');
    const ids = Array.from({ length: 8 }, () => log.visits.start('en').visitId);
    expect(log.queue.status()).toMatchObject({ pending: 5, dropped: 3, failures: 8 });
    lock.exec('ROLLBACK');
    lock.close();
    vi.advanceTimersByTime(RETRY_EVERY_MS);
    expect(ids.map((id) => kindsOf(file, id).length)).toEqual([0, 0, 0, 1, 1, 1, 1, 1]);
    expect(log.queue.status()).toMatchObject({ ok: true, pending: 0, dropped: 3 });
    db.close();
  });

  it('write each waiting batch whole or not at all, and drop only a batch that can never be written', () => {
    const { db, file } = freshDatabase();
    const log = visitLogOn(db);
    const row = (visitId: string, kind: VisitEventRow['kind']): VisitEventRow => ({
      visitId,
      kind,
      tutorialId: null,
      locale: null,
      stepIndex: null,
      answerId: null,
      assisted: null,
      hour: HOUR,
    });
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const lock = new Database(file);
    lock.exec('BEGIN IMMEDIATE');
    log.queue.write([row(a, 'question_answered'), row(a, 'plan_shown')]);
    // A row the table refuses (a visit id that is not 36 characters) makes its whole batch unwritable.
    log.queue.write([row(b, 'question_answered'), row('not-a-visit-id', 'plan_shown')]);
    log.queue.write([row(c, 'question_answered'), row(c, 'plan_shown')]);
    lock.exec('ROLLBACK');
    lock.close();
    vi.advanceTimersByTime(RETRY_EVERY_MS);
    expect([kindsOf(file, a), kindsOf(file, b), kindsOf(file, c)]).toEqual([
      ['question_answered', 'plan_shown'],
      [],
      ['question_answered', 'plan_shown'],
    ]);
    expect(log.queue.status()).toMatchObject({ ok: true, pending: 0, dropped: 2 });
    // The same refusal when tried at once: the visitor is not told, the batch is dropped whole.
    expect(log.queue.write([row(b, 'question_answered'), row('not-a-visit-id', 'plan_shown')])).toBe('dropped');
    expect(kindsOf(file, b)).toEqual([]);
    db.close();
  });

  it('remember the visits it started, within a bound, so a visit still waiting to be written is not "not found"', () => {
    const { db, file } = freshDatabase();
    const log = visitLogOn(db, { remember: 2 });
    const lock = new Database(file);
    lock.exec('BEGIN IMMEDIATE');
    const [oldest, , newest] = [
      log.visits.start('en').visitId,
      log.visits.start('en').visitId,
      log.visits.start('en').visitId,
    ];
    expect(() => log.visits.record({ visitId: newest, kind: 'visit_reset' })).not.toThrow();
    // Forgotten (past the bound) and not in the database yet: as unknown as any other id.
    expect(() => log.visits.record({ visitId: oldest, kind: 'visit_reset' })).toThrow(/not started on this kiosk/);
    lock.exec('ROLLBACK');
    lock.close();
    vi.advanceTimersByTime(RETRY_EVERY_MS);
    // Once written, the database knows it again.
    expect(() => log.visits.record({ visitId: oldest, kind: 'visit_reset' })).not.toThrow();
    db.close();
  });

  it('make a last try to save what waits when the kiosk closes', async () => {
    const kiosk = testKiosk();
    const file = join(kiosk.dataDir, DATABASE_FILE);
    const lock = new Database(file);
    lock.exec('BEGIN IMMEDIATE');
    const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'es' });
    lock.exec('ROLLBACK');
    lock.close();
    kiosk.close();
    expect(kindsOf(file, visitId)).toEqual(['visit_started']);
  });

  it('serve visitors when a page of the visit log is damaged, and tell staff', async () => {
    const warnings: string[] = [];
    const kiosk = testKiosk({ warn: (m) => warnings.push(m) });
    const file = join(kiosk.dataDir, DATABASE_FILE);
    await call(kiosk, 'startVisit', { locale: 'en' });
    // Move everything into the main file, then overwrite the visit log's page with garbage.
    const other = new Database(file);
    other.pragma('wal_checkpoint(TRUNCATE)');
    const root = other.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'visit_event'").pluck().get() as number;
    const pageSize = other.pragma('page_size', { simple: true }) as number;
    other.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
    closeSync(fd);

    const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'ar' });
    expect(visitId).toMatch(UUID);
    await call(kiosk, 'recordEvent', { visitId, kind: 'help_requested' });
    await call(kiosk, 'openTutorial', { tutorialId: FACETIME, locale: 'ar', visitId });
    const health = await staffCall<Health>(kiosk, 'getHealth', {});
    expect(health.visitLog).toMatchObject({ ok: false, pending: 3, lastError: 'SQLITE_CORRUPT' });
    // The health page's own quick check finds the damage, and says so rather than failing.
    expect(health.database).toEqual({ ok: false, problem: expect.stringMatching(/\S/) as string });
    expect(warnings.filter((w) => w.includes('visit log cannot be written'))).toHaveLength(1);
  });

  it('serve visitors when the database file can only be read, and tell staff', () => {
    const { db, file } = freshDatabase();
    db.close();
    // A real read-only connection: SQLite itself refuses every write (SQLITE_READONLY).
    const readOnly = new Database(file, { readonly: true, fileMustExist: true });
    const log = visitLogOn(readOnly);
    const { visitId } = log.visits.start('ko');
    expect(visitId).toMatch(UUID);
    expect(() => log.visits.record({ visitId, kind: 'visit_reset' })).not.toThrow();
    expect(log.queue.status()).toMatchObject({ ok: false, pending: 2, lastError: 'SQLITE_READONLY' });
    readOnly.close();
  });
});
