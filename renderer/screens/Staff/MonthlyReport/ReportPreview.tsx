import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSheetView } from '../../../../shared/report-sheet-schema.ts';
import { drawSheetCharts, type SheetCharts } from '../../../print/report-sheet-charts.ts';
import { ScaledPaper } from '../../../components/ScaledPaper.tsx';
import { ReportSheet } from '../../../print/ReportSheet.tsx';
import '../../../print/print.css';

/**
 * The monthly report exactly as it prints (the print page's own sheet, at its paper's size), drawn
 * smaller to fit the screen. When the browser shell prints this page, print CSS (monthly-report.css)
 * shows only this sheet, full size.
 */
export function ReportPreview({ view, title }: { view: ReportSheetView; title: string }) {
  const { i18n } = useTranslation();
  // Kept with the sheet they were drawn for: another month's charts are never shown over this one's numbers.
  const [charts, setCharts] = useState<{ view: ReportSheetView; charts: SheetCharts } | null>(null);
  useEffect(() => {
    let live = true;
    drawSheetCharts(view, i18n).then(
      (drawn) => live && setCharts({ view, charts: drawn }),
      (error: unknown) => console.error('SafeCall: the report charts could not be drawn', error),
    );
    return () => {
      live = false;
    };
  }, [view, i18n]);
  const ready = charts?.view === view;
  return (
    <section className="report-preview" aria-labelledby="report-preview-title">
      <h2 id="report-preview-title" className="report-preview__title">
        {title}
      </h2>
      <ScaledPaper block="report-preview" ready={ready}>
        <ReportSheet view={view} charts={ready ? charts.charts : undefined} />
      </ScaledPaper>
    </section>
  );
}
