import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SuppressedVisitReport, VisitReport } from '../../../shared/report-schema.ts';
import { suppressedVisitReportSchema } from '../../../shared/report-schema.ts';
import { roundBoundAbove, suppressReport } from '../../../shared/report-suppress.ts';

/** A report whose numbers add up as the kiosk's do; tests change the counts they are about. */
function report(parts: {
  series: Array<[visits: number, assisted: number]>;
  languages?: number[];
  guides?: Array<[opened: number, completed: number, lookedDifferent: number]>;
  other?: number;
}): VisitReport {
  const total = parts.series.reduce((sum, [v]) => sum + v, 0);
  const assisted = parts.series.reduce((sum, [, a]) => sum + a, 0);
  const locales = ['en', 'zh-Hant', 'ar', 'es'] as const;
  const other = parts.other ?? 0;
  return {
    range: { from: '2026-11-01', to: '2026-11-30' },
    step: 'day',
    centreName: 'Riverside Library',
    kioskLabel: 'Lobby',
    contentVersions: ['0123456789ab'],
    visits: { total, assisted, selfGuided: total - assisted },
    series: parts.series.map(([visits, a], i) => ({
      start: `2026-11-${String(i + 1).padStart(2, '0')}`,
      visits,
      assisted: a,
    })),
    languages: (parts.languages ?? [total]).map((visits, i) => ({ locale: locales[i] ?? 'en', visits })),
    guides: (parts.guides ?? []).map(([opened, completed, lookedDifferent], i) => ({
      tutorialId: `guide-${i}`,
      title: `Guide ${i}`,
      opened,
      completed,
      lookedDifferent,
    })),
    checklists: { plans: other, shown: other, printed: other, printFailed: 0, sentToBrowser: 0, resumed: other },
    help: { helpRequested: other, scamNow: 0, afterScam: other },
  };
}

/** Every count of a suppressed report, by its place, read from the object as a reader gets it. */
function countsOf(r: SuppressedVisitReport | VisitReport): Map<string, number | string> {
  const counts = new Map<string, number | string>();
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if (
          [
            'range',
            'step',
            'centreName',
            'kioskLabel',
            'contentVersions',
            'start',
            'locale',
            'tutorialId',
            'title',
          ].includes(k)
        )
          continue;
        walk(v, path ? `${path}.${k}` : k);
      }
    else counts.set(path, value as number | string);
  };
  walk(r, '');
  return counts;
}

/** The sums a reader can use, written out here on their own (not taken from the code under test). */
function groupsOf(r: VisitReport): string[][] {
  return [
    ['visits.total', 'visits.assisted', 'visits.selfGuided'],
    ['visits.total', ...r.languages.map((_, i) => `languages.${i}.visits`)],
    ['visits.total', ...r.series.map((_, i) => `series.${i}.visits`)],
    ['visits.assisted', ...r.series.map((_, i) => `series.${i}.assisted`)],
  ];
}

/** What a reader who knows the rule makes of a shown count: "<5" is 1..4, "<20" is 5..19. */
function readRange(shown: number | string, below: number): [number, number] {
  if (typeof shown === 'number') return [shown, shown];
  const bound = Number(shown.slice(1));
  return bound === below ? [1, below - 1] : [below, bound - 1];
}

/**
 * The values a small hidden count can take given one group's shown total and other cells, worked out
 * directly (integer ranges add up to whole ranges, so one sum is exactly its range arithmetic).
 */
function possibleValues(group: string[], cell: string, shown: Map<string, number | string>, below: number): number {
  const [total, ...parts] = group as [string, ...string[]];
  const [tLo, tHi] = readRange(shown.get(total)!, below);
  let othersLo = 0;
  let othersHi = 0;
  for (const p of parts.filter((p) => p !== cell)) {
    const [lo, hi] = readRange(shown.get(p)!, below);
    othersLo += lo;
    othersHi += hi;
  }
  const [cLo, cHi] = readRange(shown.get(cell)!, below);
  const lo = cell === total ? Math.max(cLo, othersLo) : Math.max(cLo, tLo - othersHi);
  const hi = cell === total ? Math.min(cHi, othersHi) : Math.min(cHi, tHi - othersLo);
  return hi - lo + 1;
}

describe('small counts are suppressed in every copy that leaves the PIN', () => {
  it('shows 1 to 4 as "<5", keeps 0 (it names nobody) and 5 and over as they are', () => {
    const suppressed = suppressReport(report({ series: [[12, 0]], languages: [12], guides: [[7, 4, 0]], other: 1 }), 5);
    expect(suppressed.guides[0]).toMatchObject({ opened: 7, completed: '<5', lookedDifferent: 0 });
    expect(suppressed.checklists).toEqual({
      plans: '<5',
      shown: '<5',
      printed: '<5',
      printFailed: 0,
      sentToBrowser: 0,
      resumed: '<5',
    });
    expect(suppressed.visits).toEqual({ total: 12, assisted: 0, selfGuided: 12 });
    expect(suppressedVisitReportSchema.parse(suppressed)).toEqual(suppressed);
  });

  it('follows the setting: under 10 is "<10"', () => {
    const suppressed = suppressReport(
      report({
        series: [
          [9, 0],
          [10, 0],
        ],
        languages: [19],
      }),
      10,
    );
    expect(suppressed.series.map((s) => s.visits)).toEqual(['<10', '<20']);
  });

  it('hides the next smallest language too, so the total cannot give a small one away, and says a true bound', () => {
    const suppressed = suppressReport(report({ series: [[303, 0]], languages: [287, 3, 13] }), 5);
    expect(suppressed.languages.map((l) => l.visits)).toEqual([287, '<5', '<20']);
    expect(suppressed.visits.total).toBe(303);
  });

  it('hides self-guided when assisted is small: total = assisted + self-guided', () => {
    const suppressed = suppressReport(report({ series: [[40, 3]], languages: [40] }), 5);
    expect(suppressed.visits).toEqual({ total: 40, assisted: '<5', selfGuided: '<50' });
  });

  it('a day of the series that is small hides the next smallest day', () => {
    const suppressed = suppressReport(
      report({
        series: [
          [30, 0],
          [2, 0],
          [8, 0],
          [0, 0],
        ],
        languages: [40],
      }),
      5,
    );
    expect(suppressed.series.map((s) => s.visits)).toEqual([30, '<5', '<20', 0]);
  });

  it('rounds a hidden bound up to 1, 2 or 5 times a power of ten, at least `below` above the count', () => {
    expect([5, 15, 16, 45, 46, 287, 996].map((v) => roundBoundAbove(v, 5))).toEqual([10, 20, 50, 50, 100, 500, 2000]);
  });

  const reports = fc
    .record({
      series: fc.array(
        fc.nat({ max: 40 }).chain((visits) => fc.tuple(fc.constant(visits), fc.nat({ max: visits }))),
        { minLength: 1, maxLength: 6 },
      ),
      cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
      guides: fc.array(
        fc.nat({ max: 30 }).chain((o) => fc.tuple(fc.constant(o), fc.nat({ max: o }), fc.nat({ max: o }))),
        { maxLength: 3 },
      ),
      other: fc.nat({ max: 12 }),
      below: fc.constantFrom(2, 3, 5, 10),
    })
    .map(({ series, cuts, guides, other, below }) => {
      const total = series.reduce((sum, [v]) => sum + v, 0);
      // The languages split the total at random points; a language with no visits is not listed.
      const points = [0, ...cuts.map((c) => Math.round(c * total)).sort((a, b) => a - b), total];
      const languages = points
        .slice(1)
        .map((p, i) => p - points[i]!)
        .filter((v) => v > 0);
      return { exact: report({ series, languages: languages.length ? languages : [], guides, other }), below };
    });

  it('property: no count from 1 to below-1 survives, every "<M" is true, and no small count is recoverable from a sum', () => {
    fc.assert(
      fc.property(reports, ({ exact, below }) => {
        const shown = countsOf(suppressReport(exact, below));
        const truth = countsOf(exact);
        for (const [cell, value] of truth) {
          const s = shown.get(cell)!;
          if (typeof s === 'number') {
            expect(s).toBe(value);
            expect(s === 0 || s >= below, `${cell} = ${s} shown`).toBe(true);
          } else {
            const bound = Number(s.slice(1));
            expect(value, `${cell} shown as ${s}`).toBeLessThan(bound);
            expect(value).toBeGreaterThan(0);
            // "<below" is kept for the small counts alone.
            expect(bound === below).toBe((value as number) < below);
          }
        }
        for (const group of groupsOf(exact)) {
          // A sum of small counts only, all hidden, is bounded by how many of them are not zero (four
          // languages at "<5" are at least four visits): nothing is left there to hide, and the list of
          // languages with visits says that much by itself. The rule stops there; so does this check.
          if (!group.some((cell) => typeof shown.get(cell) === 'number' && shown.get(cell) !== 0)) continue;
          for (const cell of group)
            // "<2" says 1 by itself: a threshold of 2 protects no range.
            if (below > 2 && shown.get(cell) === `<${below}`)
              expect(possibleValues(group, cell, shown, below), `${cell} in ${group.join(' ')}`).toBeGreaterThan(1);
        }
      }),
      { numRuns: 400 },
    );
  });
});
