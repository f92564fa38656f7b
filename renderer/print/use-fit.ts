import { useEffect, useState, type RefObject } from 'react';
import type { ChecklistView } from '../../shared/checklist-schema.ts';
import { BODY_POINTS, fitSheet, type Fit } from './fit-sheet.ts';

/**
 * Lays the sheet out at each body size once its fonts are in (glyph widths decide the wrapping), and
 * settles on the largest that fits: null until then. The sheet element must be in the document, at
 * its print width, and not display:none.
 */
export function useFittedPoints(ref: RefObject<HTMLElement | null>, view: ChecklistView | null): Fit | null {
  // Kept with the view it was measured for, so a new view is never shown at an old view's size.
  const [fit, setFit] = useState<(Fit & { view: ChecklistView }) | null>(null);
  useEffect(() => {
    if (!view) return;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      const el = ref.current;
      if (cancelled || !el) return;
      const measure = (points: Fit['points'], compact: boolean) => {
        for (const p of BODY_POINTS) el.classList.toggle(`sheet--${p}pt`, p === points);
        el.classList.toggle('sheet--compact', compact);
        return el.offsetHeight; // layout size, unaffected by the preview's scaling
      };
      // React owns the class list: put back what it rendered before it renders the chosen size.
      const rendered = el.className;
      const result = fitSheet(view.paperSize, measure);
      el.className = rendered;
      setFit({ view, ...result });
    });
    return () => {
      cancelled = true;
    };
  }, [ref, view]);
  return fit && fit.view === view ? { points: fit.points, compact: fit.compact, pages: fit.pages } : null;
}
