import { useEffect, useRef } from 'react';
import type { KioskApi } from '../../../shared/api.ts';
import type { SheetRequest } from '../../../shared/checklist-schema.ts';
import { usePrintSheet } from '../Checklist/use-print-sheet.ts';

/**
 * Printing from a staff tool (a handout, the monthly report): the checklist's own print path, plus what
 * every staff print screen needs around it. The staff session is told while a job is out (a print can
 * outlast a quiet minute), and what the printer did is brought into view: Print sits at the foot of a
 * long screen and its answer at the head of the controls, where staff look after pressing it.
 */
export function useStaffPrint(
  api: KioskApi,
  visitId: string | null,
  sheet: SheetRequest,
  copies: number,
  onPrinting: (printing: boolean) => void,
) {
  const { state, print } = usePrintSheet(api, visitId, sheet, copies);
  const printing = state.phase === 'printing';
  useEffect(() => {
    onPrinting(printing);
  }, [printing, onPrinting]);
  useEffect(() => () => onPrinting(false), [onPrinting]);
  const answer = useRef<HTMLDivElement>(null);
  const { phase } = state;
  useEffect(() => {
    if (phase !== 'ready' && phase !== 'printing') answer.current?.scrollIntoView({ block: 'nearest' });
  }, [phase]);
  return { state, print, answer };
}
