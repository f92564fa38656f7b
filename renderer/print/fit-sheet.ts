import type { PaperSize } from '../../shared/settings-schema.ts';

/** Body sizes tried, largest first: never below 14 pt, so the sheet stays readable without glasses. */
export const BODY_POINTS = [16, 15, 14] as const;
export type BodyPoints = (typeof BODY_POINTS)[number];

/** The page's printable area in millimetres, inside 8 mm margins (office printers reach about 5 mm). */
export const PAGE_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210 - 16, height: 297 - 16 },
  Letter: { width: 215.9 - 16, height: 279.4 - 16 },
};

const PX_PER_MM = 96 / 25.4;

/**
 * How far a sheet is squeezed to stay within two pages, each level adding to the ones before it
 * (the sheet carries a class for every level up to its own, print.css says what each does). The
 * visitor's language is printed whole at every level; what gives way, in order, is white space, then
 * what the second language repeats, then the side-by-side layout, then the extras. Nothing the
 * visitor needs to act or to get help ever goes: every guide of the plan or topic (its goal in both
 * languages, its steps in the visitor's), every hotline's number and name in both, the code.
 */
export const COMPACT_LEVELS = [
  /** As designed: roomy, side by side. */
  'none',
  /**
   * Tighter line spacing and smaller gaps between lines and sections. Nothing is left out, and the
   * type stays as large, so it is tried before a smaller size (large type matters more to someone
   * reading without glasses than the air between lines).
   */
  'tight',
  /**
   * The second language prints each hotline's number and name, but what the line is for only in the
   * visitor's language: the family reader can still see whom to call, and the number is the same.
   */
  'compact',
  /**
   * The second language's menu paths keep their steps but not their bracketed notes (other iOS
   * versions, "or …"), which print as "(…)": the visitor's column holds every note, and the family
   * reader helping with the phone can read the menu names there.
   */
  'condensed',
  /**
   * Bilingual lines stacked, each translation under its line instead of beside it, and the plan,
   * advice and hotlines flowing through two newspaper columns. Side by side, every line takes the
   * height of its longer translation and the shorter one leaves a hole; stacked, nothing is lost
   * and the holes go. A one-language sheet gets its checklist in two columns the same way.
   */
  'stacked',
  /** The first QR code only: the official sources are a convenience, not a step or a hotline. */
  'one-qr',
  /**
   * No QR code (the note beside them stays): before the second language loses its steps, because a
   * family member helping at home needs the steps more than a link to general advice.
   */
  'no-qr',
  /**
   * For the longest bilingual handouts (ten iPhone guides in two long languages): the second
   * language keeps every goal but its menu paths go, and its heading says the steps are printed in
   * the visitor's language, so nothing disappears without a word on the paper.
   */
  'brief',
  /**
   * Last resort: the second language's "if someone video-calls you" steps and red flags go too, and
   * its headings say they are printed in the visitor's language. What stays in both languages is
   * what a family member needs to help: every goal, every hotline's number and name.
   */
  'essentials',
] as const;
export type CompactLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
const MAX_LEVEL: CompactLevel = 8;

/** The classes a sheet carries at a level: one per level up to it, so each level's CSS adds to the last. */
export function levelClasses(level: CompactLevel): string[] {
  return COMPACT_LEVELS.slice(1, level + 1).map((name) => `sheet--${name}`);
}

/**
 * The sheet as the paginator sees it, top to bottom: runs of units that never break across a page
 * (a checklist item, a line of advice, a heading glued to the line after it), in CSS pixels, each
 * run laid out in one column or in `columns` newspaper columns.
 */
export interface Flow {
  columns: number;
  /** Heights in CSS px, each with the space to the next unit. */
  units: number[];
}

/** How many units, in order, fit in `columns` columns of `height`. */
function fill(units: number[], columns: number, height: number): number {
  let column = 0;
  let used = 0;
  for (let i = 0; i < units.length; i++) {
    const h = units[i] ?? 0;
    if (used + h <= height) {
      used += h;
      continue;
    }
    column++;
    if (column >= columns || h > height) return i;
    used = h;
  }
  return units.length;
}

/** The height Chromium balances the columns of a flow's last page to (the shortest that holds every unit). */
function balanced(units: number[], columns: number): number {
  let low = Math.max(0, ...units);
  let high = units.reduce((a, b) => a + b, 0);
  while (high - low > 0.5) {
    const mid = (low + high) / 2;
    if (fill(units, columns, mid) === units.length) high = mid;
    else low = mid;
  }
  return high;
}

/**
 * Pages the sheet takes, by laying the units out as Chromium's print does: a unit that does not fit
 * in what is left of the page starts the next one (break-inside: avoid); a newspaper flow fills each
 * page's columns in turn and balances them on its last page. Only a unit taller than a whole page
 * breaks inside.
 */
export function countPages(flows: Flow[], pageHeight: number): number {
  let pages = 1;
  let used = 0;
  const nextPage = () => {
    pages++;
    used = 0;
  };
  for (const flow of flows) {
    if (flow.columns <= 1) {
      for (const h of flow.units) {
        if (used + h <= pageHeight) {
          used += h;
          continue;
        }
        if (used > 0) nextPage();
        let rest = h;
        while (rest > pageHeight) {
          rest -= pageHeight;
          nextPage();
        }
        used = rest;
      }
      continue;
    }
    let rest = flow.units;
    while (rest.length > 0) {
      const height = balanced(rest, flow.columns);
      if (used + height <= pageHeight) {
        used += height;
        break;
      }
      let fits = fill(rest, flow.columns, pageHeight - used);
      if (fits === rest.length) {
        used = pageHeight; // the columns run to the foot of the page
        break;
      }
      if (fits === 0 && used > 0) {
        nextPage();
        continue;
      }
      fits = Math.max(fits, 1); // a unit taller than a page breaks inside after all
      rest = rest.slice(fits);
      nextPage();
    }
  }
  return pages;
}

/** The User Timing entry a fit leaves behind (use-fit.ts): its duration, and `detail.tries`, the layouts it measured. */
export const FIT_MEASURE = 'safecall:print-fit';

export interface Fit {
  points: BodyPoints;
  /** How far the sheet is squeezed (COMPACT_LEVELS); 0 is the sheet as designed. */
  compact: CompactLevel;
  pages: number;
}

/**
 * Picks the largest body size, and the least squeezing, at which the sheet fits one page, else two.
 * `measure` lays the sheet out at a size and level and reads its units back. Spacing alone (levels 0
 * and 1) is tried at every size for one page, then for two; beyond that, only what keeps the sheet
 * within two pages at 14 pt, the least squeezing first. If even the last level runs longer, it is used.
 *
 * Each measurement is a layout of the whole sheet, the fit's whole cost (a long handout took twelve, up to
 * a third of its load). Smaller type and each further level never lengthen a sheet, so when the sheet as
 * designed runs past two pages and 14 pt tight spacing still does, nothing before the content levels can
 * hold it, and the first content level that does is found by halving the range: five layouts, not twelve.
 */
/** What a measurement gives: the flows to paginate, and (from the page) the sheet's whole height in CSS px. */
export type Measured = Flow[] | { flows: Flow[]; height: number };

export function fitSheet(paper: PaperSize, measure: (points: BodyPoints, compact: CompactLevel) => Measured): Fit {
  // Room for the top padding the sheet's body repeats on every page (print.css) and for rounding
  // between the screen's layout and the printer's: a sheet that fills its last page to the last
  // fraction of a millimetre comes out with a blank page after it.
  const pageHeight = (PAGE_MM[paper].height - 4) * PX_PER_MM;
  const cache = new Map<string, number>();
  const pagesAt = (points: BodyPoints, compact: CompactLevel) => {
    const key = `${points}/${compact}`;
    let pages = cache.get(key);
    if (pages === undefined) {
      const measured = measure(points, compact);
      const { flows, height } = Array.isArray(measured) ? { flows: measured, height: 0 } : measured;
      // The paginator's column balancing is an estimate; a sheet taller than its pages' room can never
      // fit them, whatever the estimate says (an Arabic sheet 0.3 mm short of a full page printed a
      // blank second page), so its own height is a floor.
      pages = Math.max(countPages(flows, pageHeight), Math.ceil(height / pageHeight));
      cache.set(key, pages);
    }
    return pages;
  };
  const long = pagesAt(16, 0) > 2 && pagesAt(14, 1) > 2;
  if (long) {
    // The least level in (runsLonger, last] whose sheet holds two pages; `last` runs longer when none does.
    let runsLonger: CompactLevel = 1;
    let last: CompactLevel = MAX_LEVEL;
    while (last - runsLonger > 1) {
      const mid = Math.floor((runsLonger + last) / 2) as CompactLevel;
      if (pagesAt(14, mid) <= 2) last = mid;
      else runsLonger = mid;
    }
    return { points: 14, compact: last, pages: pagesAt(14, last) };
  }
  for (const limit of [1, 2]) {
    for (const points of BODY_POINTS) {
      for (const compact of [0, 1] as const) {
        const pages = pagesAt(points, compact);
        if (pages <= limit) return { points, compact, pages };
      }
    }
  }
  for (const compact of [2, 3, 4, 5, 6, 7, 8] as const) {
    const pages = pagesAt(14, compact);
    if (pages <= 2) return { points: 14, compact, pages };
  }
  return { points: 14, compact: MAX_LEVEL, pages: pagesAt(14, MAX_LEVEL) };
}
