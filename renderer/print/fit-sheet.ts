import type { PaperSize } from '../../shared/settings-schema.ts';

/** Body sizes tried, largest first: never below 14 pt, so the sheet stays readable without glasses. */
export const BODY_POINTS = [16, 15, 14] as const;
export type BodyPoints = (typeof BODY_POINTS)[number];

/** The page's printable area in millimetres, inside 8 mm margins (office printers reach about 5 mm). */
export const PAGE_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210 - 16, height: 297 - 16 },
  Letter: { width: 215.9 - 16, height: 279.4 - 16 },
};

const MM_PER_PX = 25.4 / 96;

/**
 * Picks the largest body size at which the sheet fits one page, else two. `measure` lays the sheet
 * out at a size and returns its height in CSS pixels. A little room is kept because sections never
 * split across a page, which can push a page break earlier than the raw height suggests.
 */
export interface Fit {
  points: BodyPoints;
  /** Last resort for a long bilingual sheet: what each hotline is for is printed in the visitor's language only. */
  compact: boolean;
  pages: number;
}

export function fitSheet(paper: PaperSize, measure: (points: BodyPoints, compact: boolean) => number): Fit {
  const pagesAt = (points: BodyPoints, compact: boolean) => Math.ceil((measure(points, compact) * MM_PER_PX) / (PAGE_MM[paper].height * 0.97));
  const heights = new Map(BODY_POINTS.map((p) => [p, pagesAt(p, false)]));
  for (const limit of [1, 2]) {
    const fits = BODY_POINTS.find((p) => (heights.get(p) ?? Infinity) <= limit);
    if (fits !== undefined) return { points: fits, compact: false, pages: limit };
  }
  return { points: 14, compact: true, pages: pagesAt(14, true) };
}
