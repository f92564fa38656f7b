import type { Db } from '../db/open-database.ts';

/** The kinds a report counts: every other kind (answers, steps viewed, resets) stays out of the query. */
export const GUIDE_KINDS = ['tutorial_opened', 'tutorial_completed', 'step_looked_different'] as const;
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
const REPORT_KINDS = ['visit_started', ...GUIDE_KINDS, ...TALLY_KINDS] as const;

export interface VisitReportRows {
  /** visit_started visits per day and assisted flag. */
  started: { day: string; assisted: 0 | 1; visits: number }[];
  /** visit_started visits per language they started in. */
  languages: { locale: string; visits: number }[];
  /** Per guide and kind (GUIDE_KINDS): the day's visits, summed over the days. */
  guides: { tutorialId: string; kind: (typeof GUIDE_KINDS)[number]; visits: number }[];
  /** Per kind (TALLY_KINDS): the day's visits, summed over the days. */
  tallies: { kind: (typeof TALLY_KINDS)[number]; visits: number }[];
  /** Content versions named by the report's rows, '' left out. */
  contentVersions: string[];
}

export interface VisitReportRepository {
  /** The rollup's rows for these days (the range, listed), of the kinds a report counts. */
  read(days: string[]): VisitReportRows;
}

/*
 * Reads visit_rollup only, never the raw log. The days come as a JSON list and the kinds as a list too, so
 * SQLite seeks each (day, kind) pair through the primary key (day, kind, …) instead of scanning every row
 * of the range: a year holds many more rows of answers and steps viewed than of what a report counts.
 */
export function createVisitReportRepository(db: Db): VisitReportRepository {
  const inRange = (kinds: readonly string[]) =>
    `day IN (SELECT value FROM json_each(@days)) AND kind IN (${kinds.map((k) => `'${k}'`).join(', ')})`;
  const started = db.prepare<{ days: string }, VisitReportRows['started'][number]>(
    `SELECT day, assisted, sum(visits) AS visits FROM visit_rollup WHERE ${inRange(['visit_started'])} GROUP BY day, assisted`,
  );
  const languages = db.prepare<{ days: string }, VisitReportRows['languages'][number]>(
    `SELECT locale, sum(visits) AS visits FROM visit_rollup WHERE ${inRange(['visit_started'])} AND locale <> '' GROUP BY locale`,
  );
  const guides = db.prepare<{ days: string }, VisitReportRows['guides'][number]>(
    `SELECT tutorial_id AS tutorialId, kind, sum(visits) AS visits FROM visit_rollup
     WHERE ${inRange(GUIDE_KINDS)} AND tutorial_id <> '' GROUP BY tutorial_id, kind`,
  );
  const tallies = db.prepare<{ days: string }, VisitReportRows['tallies'][number]>(
    `SELECT kind, sum(visits) AS visits FROM visit_rollup WHERE ${inRange(TALLY_KINDS)} GROUP BY kind`,
  );
  const versions = db
    .prepare<{ days: string }, string>(
      `SELECT DISTINCT content_version FROM visit_rollup WHERE ${inRange(REPORT_KINDS)} AND content_version <> ''
       ORDER BY content_version`,
    )
    .pluck();
  return {
    read: (list) => {
      const days = JSON.stringify(list);
      return {
        started: started.all({ days }),
        languages: languages.all({ days }),
        guides: guides.all({ days }),
        tallies: tallies.all({ days }),
        contentVersions: versions.all({ days }),
      };
    },
  };
}
