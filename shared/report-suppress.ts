import type { SuppressedVisitReport, VisitReport } from './report-schema.ts';

/**
 * Small-count suppression, the one rule every copy of the numbers that leaves the PIN follows: exports,
 * the printed monthly report, and the merge of several kiosks (which applies it only after adding up).
 *
 * Primary: a count from 1 to below-1 is shown as "<below". A zero stays 0: it names nobody.
 *
 * Secondary: a hidden count must not come back by subtraction. Some counts add up to another shown count
 * (the groups below); where the shown numbers of a group still pin a small count to one value, the
 * smallest other count of that group is hidden too. A hidden count of `below` or more is never written
 * as "<below" (that would be false): it is written "<M", M a round number at least `below` above it
 * (1, 2 or 5 times a power of ten), so "<5" keeps meaning 1 to 4 and "<20" means 5 to 19. The check reads
 * the numbers as a suspicious reader would, who knows this rule: "<5" is 1..4, "<M" is 5..M-1.
 */

/** One count of the report, found by its place: "visits.total", "languages.2.visits". */
type CellId = string;

/** Counts that add up to another: the total first, then its parts. */
type Group = readonly [total: CellId, ...parts: CellId[]];

function countCells(report: VisitReport): Map<CellId, number> {
  const cells = new Map<CellId, number>();
  const put = (id: CellId, value: number) => cells.set(id, value);
  for (const [key, value] of Object.entries(report.visits)) put(`visits.${key}`, value);
  report.series.forEach((s, i) => {
    put(`series.${i}.visits`, s.visits);
    put(`series.${i}.assisted`, s.assisted);
  });
  report.languages.forEach((l, i) => put(`languages.${i}.visits`, l.visits));
  report.guides.forEach((g, i) => {
    put(`guides.${i}.opened`, g.opened);
    put(`guides.${i}.completed`, g.completed);
    put(`guides.${i}.lookedDifferent`, g.lookedDifferent);
  });
  for (const [key, value] of Object.entries(report.checklists)) put(`checklists.${key}`, value);
  for (const [key, value] of Object.entries(report.help)) put(`help.${key}`, value);
  return cells;
}

/**
 * The sums a reader can rely on: every visit is assisted or self-guided, starts in one language, falls in
 * one step of the series. A guide's completed <= opened is an inequality, not a sum: it recovers nothing.
 */
function additiveGroups(report: VisitReport): Group[] {
  return [
    ['visits.total', 'visits.assisted', 'visits.selfGuided'],
    ['visits.total', ...report.languages.map((_, i) => `languages.${i}.visits`)],
    ['visits.total', ...report.series.map((_, i) => `series.${i}.visits`)],
    ['visits.assisted', ...report.series.map((_, i) => `series.${i}.assisted`)],
  ];
}

/** The round bound a hidden count of `below` or more is shown under: at least `below` above it. */
export function roundBoundAbove(value: number, below: number): number {
  const least = value + below;
  for (let power = 1; ; power *= 10)
    for (const step of [1, 2, 5]) if (step * power >= least && step * power > below) return step * power;
}

interface Range {
  lo: number;
  hi: number;
}

/** What a reader knows of one count: its value if shown, or the range its "<M" allows. */
function readerRange(value: number, bound: number | undefined, below: number): Range {
  if (bound === undefined) return { lo: value, hi: value };
  return bound === below ? { lo: 1, hi: below - 1 } : { lo: below, hi: bound - 1 };
}

/**
 * Narrows every count's range by every group's sum until nothing changes (each count in one sum is at
 * least the total less the others' most, at most the total less the others' least), as a reader
 * would.
 */
function readerRanges(
  cells: ReadonlyMap<CellId, number>,
  bounds: ReadonlyMap<CellId, number>,
  groups: readonly Group[],
  below: number,
): Map<CellId, Range> {
  const ranges = new Map<CellId, Range>();
  for (const [id, value] of cells) ranges.set(id, readerRange(value, bounds.get(id), below));
  const range = (id: CellId) => ranges.get(id) ?? { lo: 0, hi: 0 };
  for (let changed = true, rounds = 0; changed && rounds < 100; rounds++) {
    changed = false;
    for (const [total, ...parts] of groups) {
      // parts - total = 0: each term's range follows from the others'.
      const terms = [{ id: total, sign: -1 }, ...parts.map((id) => ({ id, sign: 1 }))];
      for (const term of terms) {
        let min = 0;
        let max = 0;
        for (const other of terms) {
          if (other === term) continue;
          const r = range(other.id);
          min += other.sign > 0 ? r.lo : -r.hi;
          max += other.sign > 0 ? r.hi : -r.lo;
        }
        // term.sign * x = -(others): x in [-max, -min] for a part, [min, max] for the total.
        const [lo, hi] = term.sign > 0 ? [-max, -min] : [min, max];
        const r = range(term.id);
        const next = { lo: Math.max(r.lo, lo), hi: Math.min(r.hi, hi) };
        if (next.lo !== r.lo || next.hi !== r.hi) {
          ranges.set(term.id, next);
          changed = true;
        }
      }
    }
  }
  return ranges;
}

/** A small hidden count the shown numbers pin to one value (or contradict: the safe reading is the same). */
function pinnedSmallCount(
  cells: ReadonlyMap<CellId, number>,
  bounds: ReadonlyMap<CellId, number>,
  groups: readonly Group[],
  below: number,
): CellId | undefined {
  const ranges = readerRanges(cells, bounds, groups, below);
  for (const [id, bound] of bounds) {
    const r = ranges.get(id);
    if (bound === below && r && r.lo >= r.hi) return id;
  }
  return undefined;
}

/** The next count to hide for `pinned`: the smallest shown non-zero count of a group it is in, else of any. */
function nextToHide(
  pinned: CellId,
  cells: ReadonlyMap<CellId, number>,
  bounds: ReadonlyMap<CellId, number>,
  groups: readonly Group[],
): CellId | undefined {
  const shownIn = (ids: readonly CellId[]) =>
    ids
      .filter((id) => !bounds.has(id) && (cells.get(id) ?? 0) > 0)
      .sort((a, b) => (cells.get(a) ?? 0) - (cells.get(b) ?? 0));
  const own = groups.filter((g) => g.includes(pinned));
  for (const [total, ...parts] of own) {
    // A part before the total: the total (visits) is the report's headline.
    const candidate = shownIn(parts)[0] ?? shownIn([total])[0];
    if (candidate) return candidate;
  }
  return shownIn(groups.flat())[0];
}

export function suppressReport(report: VisitReport, below: number): SuppressedVisitReport {
  const cells = countCells(report);
  const groups = additiveGroups(report);
  // The "<M" each hidden count is shown as.
  const bounds = new Map<CellId, number>();
  for (const [id, value] of cells) if (value >= 1 && value < below) bounds.set(id, below);
  // "<2" already says 1: with a threshold of 2 there is no range left to protect.
  for (; below > 2;) {
    const pinned = pinnedSmallCount(cells, bounds, groups, below);
    if (!pinned) break;
    const hide = nextToHide(pinned, cells, bounds, groups);
    // Everything non-zero is hidden already: nothing more a reader could subtract. (A sum of small counts
    // only can still be bounded by how many are not zero: four languages at "<5" are at least four visits.
    // The list of languages with visits says that much by itself.)
    if (!hide) break;
    bounds.set(hide, roundBoundAbove(cells.get(hide) ?? 0, below));
  }
  const shown = (id: CellId, value: number): number | string => {
    const bound = bounds.get(id);
    return bound === undefined ? value : `<${bound}`;
  };
  return {
    ...report,
    visits: {
      total: shown('visits.total', report.visits.total),
      assisted: shown('visits.assisted', report.visits.assisted),
      selfGuided: shown('visits.selfGuided', report.visits.selfGuided),
    },
    series: report.series.map((s, i) => ({
      start: s.start,
      visits: shown(`series.${i}.visits`, s.visits),
      assisted: shown(`series.${i}.assisted`, s.assisted),
    })),
    languages: report.languages.map((l, i) => ({ locale: l.locale, visits: shown(`languages.${i}.visits`, l.visits) })),
    guides: report.guides.map((g, i) => ({
      tutorialId: g.tutorialId,
      title: g.title,
      opened: shown(`guides.${i}.opened`, g.opened),
      completed: shown(`guides.${i}.completed`, g.completed),
      lookedDifferent: shown(`guides.${i}.lookedDifferent`, g.lookedDifferent),
    })),
    checklists: mapCounts(report.checklists, (key, value) => shown(`checklists.${key}`, value)),
    help: mapCounts(report.help, (key, value) => shown(`help.${key}`, value)),
  };
}

function mapCounts<K extends string>(
  counts: Record<K, number>,
  show: (key: K, value: number) => number | string,
): Record<K, number | string> {
  return Object.fromEntries(
    Object.entries<number>(counts).map(([key, value]) => [key, show(key as K, value)]),
  ) as Record<K, number | string>;
}

/** The words every suppressed copy carries, so a reader knows what "<5" and "<20" mean. */
export function suppressionNote(below: number): string {
  return `Counts from 1 to ${below - 1} are shown as <${below}. A few larger counts are shown only as under a round number (such as <20), so that a small count cannot be worked out by subtraction.`;
}
