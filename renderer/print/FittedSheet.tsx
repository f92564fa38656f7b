import { useEffect, useRef } from 'react';
import type { ChecklistView } from '../../shared/checklist-schema.ts';
import { ChecklistSheet } from './ChecklistSheet.tsx';
import type { Fit } from './fit-sheet.ts';
import { useFittedPoints } from './use-fit.ts';

/**
 * The sheet as the print page draws it: on its paper, at its paper's width, fitted to one or two
 * pages (use-fit.ts). `onFit` hears the size, squeezing and pages chosen once the sheet is drawn at
 * them. One component, so the component tests (tests/component/print-sheets.test.tsx) measure
 * exactly what the print page prints.
 */
export function FittedSheet({ view, onFit }: { view: ChecklistView; onFit: (fit: Fit) => void }) {
  const ref = useRef<HTMLElement>(null);
  const fit = useFittedPoints(ref, view);
  useEffect(() => {
    if (fit) onFit(fit);
  }, [fit, onFit]);
  return (
    <div className="print-page__paper">
      <ChecklistSheet ref={ref} view={view} points={fit?.points ?? 16} compact={fit?.compact ?? false} />
    </div>
  );
}
