import type { SuppressedVisitReport, VisitReport } from '../../../shared/report-schema.ts';

/**
 * STAND-IN for `suppressReport` of shared/report-suppress.ts (written by report-export), with its exact
 * signature, until that lands: then this file goes and report-sheet.ts imports the real one. Every
 * count from 1 to below-1 is printed as "<below"; zero and larger counts stay as they are.
 */
export function suppressReport(report: VisitReport, below: number): SuppressedVisitReport {
  const c = (n: number): number | string => (n > 0 && n < below ? `<${below}` : n);
  return {
    ...report,
    visits: {
      total: c(report.visits.total),
      assisted: c(report.visits.assisted),
      selfGuided: c(report.visits.selfGuided),
    },
    series: report.series.map((s) => ({ start: s.start, visits: c(s.visits), assisted: c(s.assisted) })),
    languages: report.languages.map((l) => ({ locale: l.locale, visits: c(l.visits) })),
    guides: report.guides.map((g) => ({
      ...g,
      opened: c(g.opened),
      completed: c(g.completed),
      lookedDifferent: c(g.lookedDifferent),
    })),
    checklists: {
      plans: c(report.checklists.plans),
      shown: c(report.checklists.shown),
      printed: c(report.checklists.printed),
      printFailed: c(report.checklists.printFailed),
      sentToBrowser: c(report.checklists.sentToBrowser),
      resumed: c(report.checklists.resumed),
    },
    help: {
      helpRequested: c(report.help.helpRequested),
      scamNow: c(report.help.scamNow),
      afterScam: c(report.help.afterScam),
    },
  };
}
