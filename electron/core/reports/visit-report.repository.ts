import type { Db } from '../db/open-database.ts';

/** The kinds a report counts: every other kind (answers, steps viewed, resets) stays out of the query. */
const GUIDE_KINDS = ['tutorial_opened', 'tutorial_completed', 'step_looked_different'];
export const TALLY_KINDS = [
  'plan_shown',
  'checklist_shown',
  'checklist_printed',
  'print_failed',
  'print_sent_to_browser',
  'checklist_resumed',
  'help_requested',
  'scam_now_opened',
  'after_scam_opened',
] as const;
const REPORT_KINDS = ['visit_started', ...GUIDE_KINDS, ...TALLY_KINDS];

/** One day's report figures, every one a count of that day's visits (the rollup's `visits`). */
export interface DayFigures {
  /** Visits that started that day, and how many of them staff assisted. */
  visits: number;
  assisted: number;
  /** Visits that started that day, by the language they started in ('' when none was named). */
  languages: Map<string, number>;
  /** Content versions named by the day's visit starts ('' left out). */
  versions: Set<string>;
  /** Per guide: visits that opened it, finished it, said a step looked different. */
  guides: Map<string, [opened: number, completed: number, lookedDifferent: number]>;
  /** Per TALLY_KINDS kind: visits that had one. */
  tallies: Map<string, number>;
}

export interface VisitReportRepository {
  /** The figures of each of these days (every one of them, empty when nothing happened), from visit_rollup only. */
  dayFigures(days: string[]): Map<string, DayFigures>;
}

const emptyDay = (): DayFigures => ({
  visits: 0,
  assisted: 0,
  languages: new Map(),
  versions: new Set(),
  guides: new Map(),
  tallies: new Map(),
});

/*
 * Reads visit_rollup only, never the raw log. The days come as a JSON list and the kinds as a list too, so
 * SQLite seeks each (day, kind) pair through the primary key (day, kind, …) rather than scanning every row
 * of the range: a year holds more rows of answers and steps viewed than of what a report counts. The rows
 * come back as they lie in the key and are summed here: a GROUP BY across the key (by guide, by language)
 * would sort them all, which cost more than the summing.
 */
export function createVisitReportRepository(db: Db): VisitReportRepository {
  const rows = db
    .prepare<{ days: string }, [string, string, string, string, number, string, number]>(
      `SELECT day, kind, locale, tutorial_id, assisted, content_version, visits FROM visit_rollup
       WHERE day IN (SELECT value FROM json_each(@days)) AND kind IN (${REPORT_KINDS.map((k) => `'${k}'`).join(', ')})`,
    )
    .raw();
  return {
    dayFigures: (days) => {
      const figures = new Map(days.map((day) => [day, emptyDay()]));
      for (const [day, kind, locale, tutorialId, assisted, version, visits] of rows.iterate({
        days: JSON.stringify(days),
      })) {
        const f = figures.get(day)!;
        if (kind === 'visit_started') {
          f.visits += visits;
          if (assisted === 1) f.assisted += visits;
          f.languages.set(locale, (f.languages.get(locale) ?? 0) + visits);
          if (version !== '') f.versions.add(version);
        } else if (kind === 'tutorial_opened' || kind === 'tutorial_completed' || kind === 'step_looked_different') {
          const guide = f.guides.get(tutorialId) ?? [0, 0, 0];
          guide[kind === 'tutorial_opened' ? 0 : kind === 'tutorial_completed' ? 1 : 2] += visits;
          f.guides.set(tutorialId, guide);
        } else f.tallies.set(kind, (f.tallies.get(kind) ?? 0) + visits);
      }
      return figures;
    },
  };
}
