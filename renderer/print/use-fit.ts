import { useEffect, useState, type RefObject } from 'react';
import type { ChecklistView } from '../../shared/checklist-schema.ts';
import {
  BODY_POINTS,
  COMPACT_LEVELS,
  FIT_MEASURE,
  fitSheet,
  levelClasses,
  type CompactLevel,
  type Fit,
  type Flow,
} from './fit-sheet.ts';

/** Newspaper columns an element lays its content in (1 when it is not a multi-column box). */
function columnsOf(el: Element): number {
  const count = Number.parseInt(getComputedStyle(el).columnCount, 10);
  return Number.isFinite(count) && count > 1 ? count : 1;
}

/**
 * Reads the sheet's layout as the paginator needs it (fit-sheet.ts): every element marked
 * data-fit ("unit": never split; "keep": a heading, kept with the unit after it) in document order,
 * grouped into runs by the newspaper-column box they sit in. A unit's height runs to the next unit's
 * top, so margins and gaps are counted where they fall; only the last unit of a column (its
 * neighbour starts the next column) counts its own box and margins.
 */
export function readFlows(sheet: HTMLElement): Flow[] {
  const box = sheet.getBoundingClientRect();
  // Layout pixels, whatever the preview's scaling.
  const scale = box.height > 0 ? sheet.offsetHeight / box.height : 1;
  const top = (r: DOMRect) => (r.top - box.top) * scale;
  const shown = (el: Element): el is HTMLElement => el instanceof HTMLElement && el.getClientRects().length > 0;
  // A unit the layout lets split (the stacked level's bilingual rows) breaks between its cells instead.
  const units = [...sheet.querySelectorAll<HTMLElement>('[data-fit]')]
    .flatMap((el) => (getComputedStyle(el).breakInside === 'auto' ? [...el.children] : [el]))
    .filter(shown);
  // The column box a unit flows in, if any.
  const regionOf = (el: HTMLElement): HTMLElement | null => {
    for (let p = el.parentElement; p && p !== sheet; p = p.parentElement) if (columnsOf(p) > 1) return p;
    return null;
  };
  const flows: Array<Flow & { region: HTMLElement | null }> = [];
  let keep = 0;
  units.forEach((el, i) => {
    const region = regionOf(el);
    const next = units[i + 1];
    const nextRegion = next ? regionOf(next) : null;
    const rect = el.getBoundingClientRect();
    let height: number;
    if (region) {
      // In the same column, down to the next unit's top (gaps and margins around it included);
      // at the foot of a column, its own box and margins.
      const after = next && nextRegion === region ? next.getBoundingClientRect() : null;
      if (
        after &&
        after.top > rect.top &&
        Math.abs(after.left - rect.left) < 1 &&
        Math.abs(after.right - rect.right) < 1
      )
        height = (after.top - rect.top) * scale;
      else {
        const style = getComputedStyle(el);
        height =
          rect.height * scale + Number.parseFloat(style.marginBlockStart) + Number.parseFloat(style.marginBlockEnd);
      }
    } else {
      // Down to the next unit, or to the top of the column box the next one starts.
      const to = nextRegion ?? next;
      height = (to ? top(to.getBoundingClientRect()) : sheet.offsetHeight) - top(rect);
    }
    let flow = flows.at(-1);
    if (!flow || flow.region !== region) {
      flow = { columns: region ? columnsOf(region) : 1, units: [], region };
      flows.push(flow);
    }
    if (el.dataset.fit === 'keep') {
      keep += height;
      return;
    }
    flow.units.push(keep + height);
    keep = 0;
    // After the last unit in a column box, the gap down to what follows it runs in one column.
    if (region && nextRegion !== region) {
      const r = region.getBoundingClientRect();
      const bottom = top(r) + r.height * scale;
      const end = next ? top((nextRegion ?? next).getBoundingClientRect()) : sheet.offsetHeight;
      if (end > bottom) flows.push({ columns: 1, units: [end - bottom], region: null });
    }
  });
  if (keep > 0) flows.push({ columns: 1, units: [keep], region: null });
  return flows.map(({ columns, units: heights }) => ({ columns, units: heights }));
}

/**
 * Lays the sheet out at each body size and level once its fonts are in (glyph widths decide the
 * wrapping), and settles on the largest size and least squeezing that fits: null until then. The
 * sheet element must be in the document, at its print width, and not display:none.
 */
export function useFittedPoints(ref: RefObject<HTMLElement | null>, view: ChecklistView | null): Fit | null {
  // Kept with the view it was measured for, so a new view is never shown at an old view's size.
  const [fit, setFit] = useState<(Fit & { view: ChecklistView }) | null>(null);
  useEffect(() => {
    if (!view) return;
    let cancelled = false;
    // fonts.ready only ever resolves (a font that fails to load still settles it), so nothing is lost unawaited.
    void document.fonts.ready.then(() => {
      const el = ref.current;
      if (cancelled || !el) return;
      const all = levelClasses((COMPACT_LEVELS.length - 1) as CompactLevel);
      const started = performance.now();
      let tries = 0;
      const measure = (points: Fit['points'], compact: CompactLevel) => {
        tries++;
        for (const p of BODY_POINTS) el.classList.toggle(`sheet--${p}pt`, p === points);
        const on = levelClasses(compact);
        for (const c of all) el.classList.toggle(c, on.includes(c));
        return { flows: readFlows(el), height: el.offsetHeight };
      };
      // React owns the class list: put back what it rendered before it renders the chosen size.
      const rendered = el.className;
      const result = fitSheet(view.paperSize, measure);
      el.className = rendered;
      // What the print bench (tests/bench/print-pdf.ts) reads: how long the fit took and how many layouts
      // it asked for. Only the last one is kept, so a kiosk fitting previews all day holds one entry.
      performance.clearMeasures(FIT_MEASURE);
      performance.measure(FIT_MEASURE, { start: started, detail: { tries } });
      setFit({ view, ...result });
    });
    return () => {
      cancelled = true;
    };
  }, [ref, view]);
  return fit && fit.view === view ? { points: fit.points, compact: fit.compact, pages: fit.pages } : null;
}
