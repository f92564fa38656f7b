import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseSheetPath, printTicketOf, type ChecklistView } from '../../shared/checklist-schema.ts';
import { KioskError } from '../../shared/errors.ts';
import { useKiosk } from '../api/kiosk-context.tsx';
import { applyDocumentLanguage } from '../i18n/i18n.ts';
import type { Fit } from './fit-sheet.ts';
import { FittedSheet } from './FittedSheet.tsx';
import { PrintFrame } from './PrintFrame.tsx';
import { ReportPrint } from './ReportPrint.tsx';

declare global {
  interface Window {
    /** Resolves once the sheet is laid out with its fonts: what Electron's print window (and tests) wait for. */
    __safecallPrintReady?: Promise<'ready' | 'error'>;
  }
}

let settle: (state: 'ready' | 'error') => void = () => {};
window.__safecallPrintReady = new Promise((resolve) => (settle = resolve));

/**
 * /print/checklist?code=…&lang=…&second=… and /print/handout?topic=…&lang=…&second=…: the sheet alone,
 * as the printer gets it. Electron prints it from a hidden window; in a browser, staff press Print.
 */
export function PrintPage() {
  const { t, i18n } = useTranslation();
  const api = useKiosk();
  const [view, setView] = useState<ChecklistView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The address never changes while the page is open.
  const request = useMemo(() => parseSheetPath(location.pathname, location.search), []);

  // Staff typing an address by hand get told which part is wrong.
  const badAddress = request.success
    ? null
    : `This address is not a checklist: ${request.error.issues.map((i) => `${i.path.join('.') || 'address'} ${i.message}`).join('; ')}.`;
  const problem = badAddress ?? (failure === '' ? t('status.error') : failure);

  useEffect(() => {
    if (!request.success) return;
    // Every table is bundled (i18n.ts), so there is nothing to load and nothing that can fail.
    void i18n.changeLanguage(request.data.lang);
    applyDocumentLanguage(request.data.lang);
  }, [i18n, request]);

  // Composed once per address. Not keyed on `i18n`: react-i18next hands out a new i18n object when the
  // language changes, and composing again would swap the view, drop the fit and briefly render the
  // sheet unfitted, after the page had already said it was ready to print.
  useEffect(() => {
    if (!request.success) {
      settle('error');
      return;
    }
    // report-print: the monthly report is composed by ReportPrint, with the address's print ticket.
    if (request.data.kind === 'report') return;
    api.composeSheet({ sheet: request.data }).then(setView, (error: unknown) => {
      setFailure(error instanceof KioskError ? error.message : ''); // '': no words of its own, "status.error" is shown
      settle('error');
    });
  }, [api, request]);

  const fitted = useCallback((fit: Fit) => {
    document.documentElement.dataset.printPages = String(fit.pages);
    document.documentElement.dataset.printFit = `${fit.points}pt/${fit.compact}`;
    settle('ready');
  }, []);

  if (!problem && request.success && request.data.kind === 'report')
    return <ReportPrint sheet={request.data} ticket={printTicketOf(location.search)} onSettled={settle} />;
  return <PrintFrame problem={problem || null}>{view && <FittedSheet view={view} onFit={fitted} />}</PrintFrame>;
}
