import type { Db } from '../db/open-database.ts';

export interface VisitRollupRepository {
  /**
   * Adds every raw event from before `day` (YYYY-MM-DD) to the daily counts and deletes it, in one
   * transaction: an event is counted once and then gone, or, if anything fails, still raw and
   * uncounted. Returns how many raw events went.
   */
  rollUpBefore(day: string): number;
}

export function createVisitRollupRepository(db: Db): VisitRollupRepository {
  // hour is "YYYY-MM-DDTHH", so `hour < day` holds for exactly the hours of earlier days.
  // The WHERE clause also keeps SQLite's parser from reading ON CONFLICT as a join (upsert from SELECT).
  const addCounts = db.prepare(`
    INSERT INTO visit_rollup (day, kind, locale, tutorial_id, answer_id, assisted, events, visits)
    SELECT substr(hour, 1, 10), kind, coalesce(locale, ''), coalesce(tutorial_id, ''), coalesce(answer_id, ''),
      coalesce(assisted, 0), count(*), count(DISTINCT visit_id)
    FROM visit_event WHERE hour < ?
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (day, kind, locale, second_locale, tutorial_id, answer_id, assisted, content_version)
    DO UPDATE SET events = events + excluded.events, visits = visits + excluded.visits`);
  const deleteRaw = db.prepare('DELETE FROM visit_event WHERE hour < ?');
  const rollUp = db.transaction((day: string) => {
    addCounts.run(day);
    return deleteRaw.run(day).changes;
  });
  return { rollUpBefore: (day) => rollUp.immediate(day) };
}
