import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskApi } from '../../shared/api.ts';
import type { SheetRequest } from '../../shared/checklist-schema.ts';
import { KioskError } from '../../shared/errors.ts';
import type { ReportSheetView } from '../../shared/report-sheet-schema.ts';
import { useKiosk } from '../api/kiosk-context.tsx';
import { drawSheetCharts, type SheetCharts } from './report-sheet-charts.ts';
import { PrintFrame } from './PrintFrame.tsx';
import { ReportSheet } from './ReportSheet.tsx';

type ReportRequest = Extract<SheetRequest, { kind: 'report' }>;

/**
 * One compose per page load: the print ticket opens its sheet once, and React's development mode runs
 * effects twice; a second request would be refused and the page would say the ticket was used.
 */
let composed: { key: string; answer: Promise<ReportSheetView> } | undefined;
function composeOnce(api: KioskApi, sheet: ReportRequest, ticket: string | undefined): Promise<ReportSheetView> {
  const key = JSON.stringify([sheet, ticket]);
  if (composed?.key !== key)
    composed = {
      key,
      answer: api.composeReportSheet({ month: sheet.month, lang: sheet.lang, ...(ticket && { ticket }) }),
    };
  return composed.answer;
}

/**
 * /print/report?month=…&lang=…&ticket=…: the monthly report alone, as the printer gets it. The Electron
 * print window opens it with the one-time ticket printSheet put in the address; without a valid one the
 * core refuses and the page says why (and tells the print window 'error', so nothing prints).
 */
export function ReportPrint({
  sheet,
  ticket,
  onSettled,
}: {
  sheet: ReportRequest;
  ticket: string | undefined;
  onSettled: (state: 'ready' | 'error') => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useKiosk();
  const [view, setView] = useState<ReportSheetView | null>(null);
  const [charts, setCharts] = useState<SheetCharts | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    composeOnce(api, sheet, ticket).then(setView, (error: unknown) => {
      setFailure(error instanceof KioskError ? error.message : t('status.error'));
      onSettled('error');
    });
  }, [api, sheet, ticket, onSettled, t]);

  // The charts, once per sheet (not keyed on `i18n`: a new i18n object after the language change must
  // not draw them again after the page said it was ready).
  useEffect(() => {
    if (!view) return;
    drawSheetCharts(view, i18n).then(setCharts, (error: unknown) => {
      console.error('SafeCall: the report charts could not be drawn', error);
      setFailure(t('status.error'));
      onSettled('error');
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- drawn once per composed sheet
  }, [view]);

  // One page by construction (report-sheet.css): ready once its charts are drawn and its fonts are in.
  useEffect(() => {
    if (!view || !charts) return;
    document.documentElement.dataset.printPages = '1';
    void document.fonts.ready.then(() => onSettled('ready'));
  }, [view, charts, onSettled]);

  return (
    <PrintFrame problem={failure}>
      {view && (
        <div className="print-page__paper">
          <ReportSheet view={view} charts={charts ?? undefined} />
        </div>
      )}
    </PrintFrame>
  );
}
