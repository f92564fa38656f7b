import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSheetView } from '../../../../shared/report-sheet-schema.ts';
import { drawSheetCharts, type SheetCharts } from '../../../print/report-sheet-charts.ts';
import { ReportSheet } from '../../../print/ReportSheet.tsx';
import '../../../print/print.css';
import { useScaleToFit } from '../../Checklist/use-scale-to-fit.ts';

/**
 * The monthly report exactly as it prints (the print page's own sheet, at its paper's size), drawn
 * smaller to fit the screen. When the browser shell prints this page, print CSS (monthly-report.css)
 * shows only this sheet, full size.
 */
export function ReportPreview({ view, title }: { view: ReportSheetView; title: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const paper = useRef<HTMLDivElement>(null);
  const size = useScaleToFit(frame, paper);
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
      <div ref={frame} className="report-preview__frame" data-ready={ready ? 'true' : 'false'}>
        <div
          className="report-preview__paper"
          style={size ? { inlineSize: size.width, blockSize: size.height } : undefined}
        >
          <div
            ref={paper}
            className="report-preview__scaled"
            style={size ? { transform: `scale(${size.scale})` } : undefined}
          >
            <ReportSheet view={view} charts={ready ? charts.charts : undefined} />
          </div>
        </div>
      </div>
    </section>
  );
}
