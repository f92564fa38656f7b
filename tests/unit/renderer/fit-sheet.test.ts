import { describe, expect, it } from 'vitest';
import {
  COMPACT_LEVELS,
  countPages,
  fitSheet,
  levelClasses,
  PAGE_MM,
  type BodyPoints,
  type CompactLevel,
  type Flow,
} from '../../../renderer/print/fit-sheet.ts';

const PX_PER_MM = 96 / 25.4;
const mm = (n: number) => n * PX_PER_MM;
const one = (...units: number[]): Flow => ({ columns: 1, units: units.map(mm) });
const two = (...units: number[]): Flow => ({ columns: 2, units: units.map(mm) });

describe('countPages', () => {
  const page = mm(100);

  it('moves a unit that does not fit to the next page, and breaks only a unit taller than a page', () => {
    expect(countPages([one(40, 40)], page)).toBe(1);
    expect(countPages([one(40, 40, 30)], page)).toBe(2); // 110 mm, but the third unit moves whole
    expect(countPages([one(60, 60)], page)).toBe(2); // 120 mm: the second unit starts page 2
    expect(countPages([one(10, 250)], page)).toBe(4); // a unit of 2.5 pages after a short one
  });

  it("fills a page's columns in turn, then balances the columns of the last page", () => {
    expect(countPages([two(50, 50, 50, 50)], page)).toBe(1); // two columns of 100 mm
    expect(countPages([two(50, 50, 50, 50, 10)], page)).toBe(2);
    // Balanced, four 30 mm units take 60 mm of the page, so 39 mm of one-column text still fits.
    expect(countPages([two(30, 30, 30, 30), one(39)], page)).toBe(1);
    expect(countPages([two(30, 30, 30, 30), one(41)], page)).toBe(2);
    // A column flow that starts low on a page fills what is left before moving on.
    expect(countPages([one(80), two(15, 15, 15)], page)).toBe(2);
    expect(countPages([one(80), two(15, 15)], page)).toBe(1);
  });

  it('moves a unit that does not fit in what is left of a column to the next column', () => {
    // 60 + 60 cannot share a column of 100: each takes its own; 30 more fits under the second, 50 does not.
    expect(countPages([two(60, 60)], page)).toBe(1);
    expect(countPages([two(60, 60, 30)], page)).toBe(1);
    expect(countPages([two(60, 60, 50)], page)).toBe(2);
  });
});

describe('fitSheet', () => {
  /** A sheet whose height falls with the body size and, per level, by `save` of itself. */
  const sheet = (heightAt16: number, save: Partial<Record<CompactLevel, number>> = {}) => {
    const calls: string[] = [];
    const measure = (points: BodyPoints, compact: CompactLevel): Flow[] => {
      calls.push(`${points}/${compact}`);
      let factor = points / 16;
      for (let l = 1; l <= compact; l++) factor *= 1 - (save[l as CompactLevel] ?? 0);
      // Units of a tenth of the height, so a page break costs little.
      return [one(...Array<number>(10).fill((heightAt16 * factor) / 10))];
    };
    return { measure, calls };
  };

  it('keeps the sheet as designed at 16 pt when it fits one page', () => {
    expect(fitSheet('A4', sheet(200).measure)).toEqual({ points: 16, compact: 0, pages: 1 });
  });

  it('tightens the spacing before it makes the type smaller, to reach one page', () => {
    // 16 pt: 300 mm, tight 270 mm (fits A4's 277); 15 pt would also fit but is smaller type.
    expect(fitSheet('A4', sheet(300, { 1: 0.1 }).measure)).toEqual({ points: 16, compact: 1, pages: 1 });
    // Spacing alone is not enough at 16 pt (281 mm): 15 pt as designed (272 mm) comes next.
    expect(fitSheet('A4', sheet(290, { 1: 0.03 }).measure)).toEqual({ points: 15, compact: 0, pages: 1 });
  });

  it('prints two pages at the largest size rather than squeezing what the second language says', () => {
    const s = sheet(450, { 1: 0.05, 2: 0.5 });
    expect(fitSheet('A4', s.measure)).toEqual({ points: 16, compact: 0, pages: 2 });
    expect(s.calls).not.toContain('14/2');
  });

  it('takes the least content level at 14 pt that holds two pages, and never goes below 14 pt', () => {
    // 14 pt as designed: 700 × 14/16 = 612 mm; each level from 2 on saves 5 %.
    const s = sheet(700, { 2: 0.05, 3: 0.05, 4: 0.05, 5: 0.05, 6: 0.05, 7: 0.05, 8: 0.05 });
    const fit = fitSheet('A4', s.measure);
    expect(fit.points).toBe(14);
    expect(fit.pages).toBe(2);
    expect(fit.compact).toBe(3); // 612 × 0.95² = 552 mm ≤ 2 × 277
    expect(s.calls.some((c) => Number(c.split('/')[0]) < 14)).toBe(false);
  });

  it('finds a long sheet its level in five layouts instead of trying every size and level in turn', () => {
    // Two pages only at the seventh level: 16/0 and 14/1 run longer, then halving 2..8 tries 4, 6 and 7.
    const s = sheet(800, { 2: 0.04, 3: 0.04, 4: 0.04, 5: 0.04, 6: 0.04, 7: 0.04, 8: 0.04 });
    expect(fitSheet('A4', s.measure)).toEqual({ points: 14, compact: 7, pages: 2 });
    expect(s.calls).toEqual(['16/0', '14/1', '14/4', '14/6', '14/7']);
  });

  /** The order of preference spelled out: every size and level in turn, as the fit worked before halving. */
  function inTurn(paper: 'A4' | 'Letter', pagesAt: (points: BodyPoints, compact: CompactLevel) => number) {
    for (const limit of [1, 2])
      for (const points of [16, 15, 14] as const)
        for (const compact of [0, 1] as const) if (pagesAt(points, compact) <= limit) return `${points}/${compact}`;
    for (const compact of [2, 3, 4, 5, 6, 7, 8] as const) if (pagesAt(14, compact) <= 2) return `14/${compact}`;
    return '14/8';
  }

  it('picks what trying every size and level in turn picks, for sheets of every length and squeezing', () => {
    let checked = 0;
    for (let height = 100; height <= 1600; height += 13)
      for (const step of [0.01, 0.03, 0.06, 0.12])
        for (const paper of ['A4', 'Letter'] as const) {
          const save = Object.fromEntries(COMPACT_LEVELS.map((_, l) => [l, l === 0 ? 0 : step * (l % 3)]));
          const s = sheet(height, save);
          const fit = fitSheet(paper, s.measure);
          const room = mm(PAGE_MM[paper].height - 4);
          const pagesOf = (points: BodyPoints, compact: CompactLevel) => countPages(s.measure(points, compact), room);
          expect(`${fit.points}/${fit.compact}`, `${height} mm, saving ${step} a level, ${paper}`).toBe(
            inTurn(paper, pagesOf),
          );
          checked++;
        }
    expect(checked).toBeGreaterThan(800);
  });

  it('uses the last level, and says how many pages it takes, when even that runs longer', () => {
    // Ten units of 175 mm at 14 pt: one a page.
    expect(fitSheet('Letter', sheet(2000).measure)).toEqual({
      points: 14,
      compact: COMPACT_LEVELS.length - 1,
      pages: 10,
    });
  });

  it('measures each size and level once', () => {
    const s = sheet(2000);
    fitSheet('A4', s.measure);
    expect(new Set(s.calls).size).toBe(s.calls.length);
  });
});

describe('levelClasses', () => {
  it('gives a sheet the class of its level and of every level before it', () => {
    expect(levelClasses(0)).toEqual([]);
    expect(levelClasses(2)).toEqual(['sheet--tight', 'sheet--compact']);
    expect(levelClasses(8)).toHaveLength(COMPACT_LEVELS.length - 1);
    expect(levelClasses(8).at(-1)).toBe('sheet--essentials');
  });

  it("never trusts the paginator over the sheet's own height: a sheet taller than a page is two pages", () => {
    const pagePx = ((297 - 16 - 4) * 96) / 25.4;
    // The flows alone would fit one page; the sheet as laid out is a little taller than the page's room.
    const measure = (points: number) => ({
      flows: [{ columns: 1, units: [pagePx * 0.9] }],
      height: points === 16 ? pagePx + 2 : pagePx - 10,
    });
    expect(fitSheet('A4', measure)).toEqual({ points: 15, compact: 0, pages: 1 });
  });
});
