import type { Locale } from '../../../shared/locales.ts';
import { localeSchema } from '../../../shared/locales.ts';
import type { VisitReport } from '../../../shared/report-schema.ts';
import { daysOf, reportSteps } from './report-days.ts';
import type { VisitReportRepository } from './visit-report.repository.ts';

export interface VisitReportService {
  /** The exact numbers of a range (both ends included), from the rollup after bringing it up to date. */
  report(range: { from: string; to: string }, locale: Locale): VisitReport;
}

/**
 * What each figure counts. Every figure counts VISITS, not events: a funder asks "how many people", and a
 * visitor who printed twice or opened a guide three times is one person. `visits` in the rollup is per day,
 * so a figure summed over several days counts a visit that ran past midnight once on each day; only the
 * visit totals (visit_started: once per visit, on the day it began) are exact over any range. Days that
 * took events after their raw log was purged (a clock set back) hold an upper bound (visit-rollup.repository.ts).
 */
export function createVisitReportService(deps: {
  repo: VisitReportRepository;
  /** Brings the rollup up to date first; a failure (a full disk) leaves the report a little behind. */
  refresh: () => void;
  /** Guide titles in a language, English where a guide has none in it. */
  titles: (locale: Locale) => Map<string, string>;
  labels: () => { centreName: string; kioskLabel: string };
  warn: (message: string) => void;
}): VisitReportService {
  return {
    report: ({ from, to }, locale) => {
      try {
        deps.refresh();
      } catch (error) {
        // Reading what the rollup holds beats no report: staff can still hand in last hour's numbers.
        deps.warn(`SafeCall: the visit rollup could not be brought up to date: ${(error as Error).message}`);
      }
      const { step, starts, stepOf } = reportSteps(from, to);
      const rows = deps.repo.read(daysOf(from, to));

      const series = new Map(starts.map((start) => [start, { start, visits: 0, assisted: 0 }]));
      for (const { day, assisted, visits } of rows.started) {
        const bar = series.get(stepOf.get(day)!)!;
        bar.visits += visits;
        if (assisted === 1) bar.assisted += visits;
      }
      const total = rows.started.reduce((n, r) => n + r.visits, 0);
      const assisted = rows.started.reduce((n, r) => n + (r.assisted === 1 ? r.visits : 0), 0);

      const languages = rows.languages.flatMap(({ locale: code, visits }) => {
        const parsed = localeSchema.safeParse(code);
        // A language no longer offered still counts in the total; the list names only the kiosk's own.
        return parsed.success ? [{ locale: parsed.data, visits }] : [];
      });
      languages.sort((a, b) => b.visits - a.visits || a.locale.localeCompare(b.locale));

      const titles = deps.titles(locale);
      const guides = new Map<string, VisitReport['guides'][number]>();
      for (const { tutorialId, kind, visits } of rows.guides) {
        const guide = guides.get(tutorialId) ?? {
          tutorialId,
          // A guide since removed from the content keeps its id as its name.
          title: titles.get(tutorialId) ?? tutorialId,
          opened: 0,
          completed: 0,
          lookedDifferent: 0,
        };
        if (kind === 'tutorial_opened') guide.opened += visits;
        else if (kind === 'tutorial_completed') guide.completed += visits;
        else guide.lookedDifferent += visits;
        guides.set(tutorialId, guide);
      }

      const tally = Object.fromEntries(rows.tallies.map((r) => [r.kind, r.visits]));
      const count = (kind: string) => tally[kind] ?? 0;
      return {
        range: { from, to },
        step,
        ...deps.labels(),
        contentVersions: rows.contentVersions,
        visits: { total, assisted, selfGuided: total - assisted },
        series: [...series.values()],
        languages,
        guides: [...guides.values()].sort((a, b) => b.opened - a.opened || a.tutorialId.localeCompare(b.tutorialId)),
        checklists: {
          plans: count('plan_shown'),
          shown: count('checklist_shown'),
          printed: count('checklist_printed'),
          printFailed: count('print_failed'),
          sentToBrowser: count('print_sent_to_browser'),
          resumed: count('checklist_resumed'),
        },
        help: {
          helpRequested: count('help_requested'),
          scamNow: count('scam_now_opened'),
          afterScam: count('after_scam_opened'),
        },
      };
    },
  };
}
