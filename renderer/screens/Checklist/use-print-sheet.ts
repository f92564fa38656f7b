import { useCallback, useRef, useState } from 'react';
import type { KioskApi } from '../../../shared/api.ts';
import type { PrintFailure, SheetRequest } from '../../../shared/checklist-schema.ts';

export type PrintPhase =
  | { phase: 'ready' }
  | { phase: 'printing' }
  /** On its way to the kiosk's printer. */
  | { phase: 'sent' }
  /** The browser shell: the browser's own print dialog has been and gone. */
  | { phase: 'browser' }
  /** The reason is for staff; the visitor is told to ask staff, and the checklist stays to try again. */
  | { phase: 'failed'; reason: PrintFailure | 'error' };

/**
 * Prints a sheet through the core: the Electron shell sends it to the centre's printer; the browser
 * shell answers "browser" and this page prints itself (its print CSS shows only the sheet). A
 * failure of any kind, a printer's or the core's, ends as 'failed', never as a frozen screen.
 * The core logs what the printer answered for the visit (`visitId`; staff handouts with no visit
 * running pass null and nothing is logged): the page reports no print. Staff print up to five copies;
 * the browser's own print dialog asks for its copies itself.
 */
export function usePrintSheet(
  api: KioskApi,
  visitId: string | null,
  sheet: SheetRequest | null,
  copies = 1,
): { state: PrintPhase; print: () => void } {
  const key = sheet ? `${JSON.stringify(sheet)}×${copies}` : '';
  // Kept with the sheet it is about: a different sheet (another second language, other copies) starts again from "Print".
  const [answer, setAnswer] = useState<{ key: string; state: PrintPhase } | null>(null);
  const busy = useRef(false);

  const print = useCallback(() => {
    if (!sheet || busy.current) return;
    busy.current = true;
    const setState = (state: PrintPhase) => setAnswer({ key, state });
    setState({ phase: 'printing' });
    // Not awaited by the tap that started it: the chain ends in state, and its last step cannot throw.
    void api
      .printSheet({ sheet, copies, ...(visitId && { visitId }) })
      .then((result): PrintPhase => {
        if (result.status === 'failed') return { phase: 'failed', reason: result.reason };
        if (result.status === 'browser') {
          window.print();
          return { phase: 'browser' };
        }
        return { phase: 'sent' };
      })
      // The core's failure or the browser's (window.print throwing) ends as 'failed', never stuck on "printing".
      .catch((): PrintPhase => ({ phase: 'failed', reason: 'error' }))
      .then((next) => {
        busy.current = false;
        setState(next);
      });
  }, [api, visitId, sheet, key, copies]);

  return { state: answer?.key === key ? answer.state : { phase: 'ready' }, print };
}
