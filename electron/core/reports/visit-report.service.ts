import type { Locale } from '../../../shared/locales.ts';
import { localeSchema } from '../../../shared/locales.ts';
import type { VisitReport } from '../../../shared/report-schema.ts';
import { daysOf, reportSteps } from './report-days.ts';
import type { DayFigures, VisitReportRepository } from './visit-report.repository.ts';

export interface VisitReportService {
  /** The exact numbers of a range (both ends included), from the rollup after bringing it up to date. */
  report(range: { from: string; to: string }, locale: Locale): VisitReport;
  /** The rollup counted these days again: their figures are read afresh at the next report. */
  forget(days: readonly string[]): void;
}

/** Days whose figures are kept between reports: two years' reports, each about a day's worth of guides. */
const KEPT_DAYS = 1_500;

/**
 * What each figure counts. Every figure counts VISITS, not events: a funder asks "how many people", and a
 * visitor who printed twice or opened a guide three times is one person. The rollup's `visits` is per day,
 * so a figure summed over several days counts a visit that ran past midnight once on each day; only the
 * visit totals (visit_started: once per visit, on the day it began) are exact over any range. Days that
 * took events after their raw log was purged (a clock set back) hold an upper bound (visit-rollup.repository.ts).
 *
 * Each day's figures are read from the rollup once and kept: a day changes only when the rollup counts it
 * again, and the rollup says so (`forget`). A year's report then adds up 365 small records instead of
 * reading some hundred thousand rows again each time staff change the range.
 */
export function createVisitReportService(deps: {
  repo: VisitReportRepository;
  /** Brings the rollup up to date first (it calls `forget` with the days it counted). */
  refresh: () => void;
  /** Guide titles in a language, English where a guide has none in it. */
  titles: (locale: Locale) => Map<string, string>;
  labels: () => { centreName: string; kioskLabel: string };
  warn: (message: string) => void;
}): VisitReportService {
  const kept = new Map<string, DayFigures>();
  const figuresOf = (days: string[]): DayFigures[] => {
    const missing = days.filter((day) => !kept.has(day));
    if (missing.length > 0) {
      if (kept.size + missing.length > KEPT_DAYS) kept.clear();
      for (const [day, figures] of deps.repo.dayFigures(missing)) kept.set(day, figures);
    }
    return days.map((day) => kept.get(day)!);
  };

  return {
    forget: (days) => {
      for (const day of days) kept.delete(day);
    },
    report: ({ from, to }, locale) => {
      try {
        deps.refresh();
      } catch (error) {
        // Reading what the rollup holds beats no report: staff can still hand in last hour's numbers.
        deps.warn(`SafeCall: the visit rollup could not be brought up to date: ${(error as Error).message}`);
      }
      const { step, starts, stepOf } = reportSteps(from, to);
      const days = daysOf(from, to);
      const figures = figuresOf(days);

      const series = new Map(starts.map((start) => [start, { start, visits: 0, assisted: 0 }]));
      const languages = new Map<string, number>();
      const versions = new Set<string>();
      const guides = new Map<string, [number, number, number]>();
      const tallies = new Map<string, number>();
      let total = 0;
      let assisted = 0;
      days.forEach((day, i) => {
        const f = figures[i]!;
        const bar = series.get(stepOf.get(day)!)!;
        bar.visits += f.visits;
        bar.assisted += f.assisted;
        total += f.visits;
        assisted += f.assisted;
        for (const [code, n] of f.languages) languages.set(code, (languages.get(code) ?? 0) + n);
        for (const version of f.versions) versions.add(version);
        for (const [id, [o, c, l]] of f.guides) {
          const sum = guides.get(id) ?? [0, 0, 0];
          guides.set(id, [sum[0] + o, sum[1] + c, sum[2] + l]);
        }
        for (const [kind, n] of f.tallies) tallies.set(kind, (tallies.get(kind) ?? 0) + n);
      });

      const titles = deps.titles(locale);
      const count = (kind: string) => tallies.get(kind) ?? 0;
      return {
        range: { from, to },
        step,
        ...deps.labels(),
        contentVersions: [...versions].sort(),
        visits: { total, assisted, selfGuided: total - assisted },
        series: [...series.values()],
        languages: [...languages]
          .flatMap(([code, visits]) => {
            const parsed = localeSchema.safeParse(code);
            // A visit with no language, or one no longer offered, counts in the total; the list names the kiosk's own.
            return parsed.success ? [{ locale: parsed.data, visits }] : [];
          })
          .sort((a, b) => b.visits - a.visits || a.locale.localeCompare(b.locale)),
        guides: [...guides]
          .filter(([id]) => id !== '')
          // A guide since removed from the content keeps its id as its name.
          .map(([tutorialId, [opened, completed, lookedDifferent]]) => ({
            tutorialId,
            title: titles.get(tutorialId) ?? tutorialId,
            opened,
            completed,
            lookedDifferent,
          }))
          .sort((a, b) => b.opened - a.opened || a.tutorialId.localeCompare(b.tutorialId)),
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
