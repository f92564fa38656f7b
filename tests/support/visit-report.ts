import type { VisitReport } from '../../shared/report-schema.ts';

/**
 * An exact report as getVisitReport answers it, for the export and merge tests: its numbers add up as a
 * kiosk's do (assisted + self-guided, languages and series each make the total), with small counts in it.
 */
export function sampleReport(overrides: Partial<VisitReport> = {}): VisitReport {
  return {
    range: { from: '2026-11-01', to: '2026-11-03' },
    step: 'day',
    centreName: 'Riverside Library',
    kioskLabel: 'Lobby',
    contentVersions: ['0123456789ab'],
    visits: { total: 40, assisted: 3, selfGuided: 37 },
    series: [
      { start: '2026-11-01', visits: 25, assisted: 2 },
      { start: '2026-11-02', visits: 13, assisted: 1 },
      { start: '2026-11-03', visits: 2, assisted: 0 },
    ],
    languages: [
      { locale: 'en', visits: 21 },
      { locale: 'zh-Hant', visits: 12 },
      { locale: 'es', visits: 4 },
      { locale: 'ar', visits: 3 },
    ],
    guides: [
      {
        tutorialId: 'iphone-turn-off-facetime',
        title: 'Turn off FaceTime',
        opened: 17,
        completed: 11,
        lookedDifferent: 2,
      },
      {
        tutorialId: 'whatsapp-silence-unknown-callers',
        title: 'Silence unknown callers',
        opened: 4,
        completed: 1,
        lookedDifferent: 0,
      },
    ],
    checklists: { plans: 22, shown: 20, printed: 16, printFailed: 1, sentToBrowser: 0, resumed: 3 },
    help: { helpRequested: 6, scamNow: 2, afterScam: 0 },
    ...overrides,
  };
}
