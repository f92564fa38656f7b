import type { Db } from '../db/open-database.ts';
import { nextDay } from './report-days.ts';

export interface VisitRollupRepository {
  /**
   * Brings visit_rollup up to date with the raw log, in one IMMEDIATE transaction: every day the trigger
   * marked since the last run is counted again, then forgotten. Running it twice changes nothing. Answers
   * how many days were counted.
   */
  refresh(): number;
  /**
   * Retention: refresh, then delete every raw event before `cutoff` (YYYY-MM-DD), in one transaction, so an
   * event is counted and gone, or still raw and due to be counted. The days whose events went become final:
   * purged_before moves to the day after the newest of them, never back, and not past days that had no
   * events (a first start with its clock a month ahead must not make the month's real days final before a
   * single visit). Answers how many raw events went.
   */
  purge(cutoff: string): number;
  /** The first day still whole in the raw log; days before it are final (null: nothing purged yet). */
  purgedBefore(): string | null;
}

/*
 * The counts, per day and key (kind, language(s), guide, answer, the visit's assisted flag, content
 * version): `events` = how many events, `visits` = how many distinct visits had one that day. '' stands
 * for "none", so the primary key stays whole.
 *
 * The visit's assisted flag is on its visit_started row; a visit that spans midnight has events on a day
 * whose own rows do not hold it, so the flag is read from all of the visit's rows (through the visit_id
 * index). When rows are deleted while others of the same visit stay (a purge cutting through a visit), the
 * flag is first copied onto the rows that stay (carryFlag), so a later recount of their day still knows it.
 */
const COUNTS = `
  WITH day_event AS (SELECT * FROM visit_event WHERE hour >= @day AND hour < @next),
  flag AS (
    SELECT visit_id, coalesce(max(assisted), 0) AS assisted FROM visit_event
    WHERE visit_id IN (SELECT visit_id FROM day_event) GROUP BY visit_id
  )
  SELECT @day, e.kind, coalesce(e.locale, ''), coalesce(e.second_locale, ''), coalesce(e.tutorial_id, ''),
    coalesce(e.answer_id, ''), f.assisted, coalesce(e.content_version, ''), count(*), count(DISTINCT e.visit_id)
  FROM day_event e JOIN flag f USING (visit_id)
  GROUP BY 2, 3, 4, 5, 6, 7, 8`;

const COLUMNS = 'day, kind, locale, second_locale, tutorial_id, answer_id, assisted, content_version, events, visits';

export function createVisitRollupRepository(
  db: Db,
  options: {
    /** Told the days whose counts were just written again, so what was read of them is read afresh. */
    recounted?: (days: readonly string[]) => void;
  } = {},
): VisitRollupRepository {
  const dirtyDays = db.prepare<[], string>('SELECT day FROM visit_rollup_dirty ORDER BY day').pluck();
  const clearDirty = db.prepare('DELETE FROM visit_rollup_dirty');
  const purgedBeforeNow = db
    .prepare<[], string | null>('SELECT purged_before FROM visit_log_state WHERE id = 1')
    .pluck();
  // hour is "YYYY-MM-DDTHH": a day's hours are exactly those >= the day and < the next day (visit_event_hour).
  const forgetDay = db.prepare('DELETE FROM visit_rollup WHERE day = ?');
  const recountDay = db.prepare(`INSERT INTO visit_rollup (${COLUMNS}) ${COUNTS}`);
  // A purged day's raw log is partial: its late events are added to what it has. Distinct visits then add
  // up across batches, so `visits` on such a day is an upper bound (a visit split by a refresh counts twice).
  const addToDay = db.prepare(`INSERT INTO visit_rollup (${COLUMNS}) ${COUNTS}
    ON CONFLICT (day, kind, locale, second_locale, tutorial_id, answer_id, assisted, content_version)
    DO UPDATE SET events = events + excluded.events, visits = visits + excluded.visits`);
  const carryFlag = db.prepare(`
    UPDATE visit_event SET assisted = 1
    WHERE NOT (hour >= @from AND hour < @until) AND assisted IS NOT 1
      AND visit_id IN (SELECT visit_id FROM visit_event WHERE hour >= @from AND hour < @until AND assisted = 1)`);
  const deleteRaw = db.prepare('DELETE FROM visit_event WHERE hour >= @from AND hour < @until');
  const newestBefore = db.prepare<[string], string | null>('SELECT max(hour) FROM visit_event WHERE hour < ?').pluck();
  const setPurgedBefore = db.prepare(`
    UPDATE visit_log_state SET purged_before = @day
    WHERE id = 1 AND (purged_before IS NULL OR purged_before < @day)`);

  /** Deletes raw events in [from, until), the visit flag kept on the rows of the same visits that stay. */
  const dropRaw = (from: string, until: string) => {
    carryFlag.run({ from, until });
    return deleteRaw.run({ from, until }).changes;
  };

  const refreshNow = () => {
    const purgedBefore = purgedBeforeNow.get() ?? null;
    const days = dirtyDays.all();
    for (const day of days) {
      const range = { day, next: nextDay(day) };
      if (purgedBefore === null || day >= purgedBefore) {
        // Still whole in the raw log: counted again from scratch, so a second run gives the same rows.
        forgetDay.run(day);
        recountDay.run(range);
      } else {
        // Before purged_before (a clock set back after a purge): added once, then deleted like the rest of
        // the day was, so the next refresh cannot add them again.
        addToDay.run(range);
        dropRaw(day, range.next);
      }
    }
    clearDirty.run();
    // Also when the transaction is then rolled back: reading a day afresh is never wrong.
    if (days.length > 0) options.recounted?.(days);
    return days.length;
  };

  const refresh = db.transaction(refreshNow);
  const purge = db.transaction((cutoff: string) => {
    refreshNow();
    const newest = newestBefore.get(cutoff);
    if (newest == null) return 0;
    // '' sorts before every hour: everything before the cutoff day.
    const gone = dropRaw('', cutoff);
    setPurgedBefore.run({ day: nextDay(newest.slice(0, 10)) });
    return gone;
  });

  return {
    refresh: () => {
      // The rollup is derived: a power cut that loses a refresh loses its clearing of the marks with it (a
      // WAL commit is whole or gone), and the next refresh counts the same days again. So this commit
      // skips the fsync that synchronous = FULL makes for what the kiosk acknowledges; the next FULL
      // commit carries it to disk. A report after each visitor's event then waits for no disk.
      const synchronous = db.pragma('synchronous', { simple: true }) as number;
      db.pragma('synchronous = NORMAL');
      try {
        return refresh.immediate();
      } finally {
        db.pragma(`synchronous = ${synchronous}`);
      }
    },
    purge: (cutoff) => purge.immediate(cutoff),
    purgedBefore: () => purgedBeforeNow.get() ?? null,
  };
}
