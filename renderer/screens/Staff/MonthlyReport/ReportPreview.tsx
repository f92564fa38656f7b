import { useRef } from 'react';
import type { ReportSheetView } from '../../../../shared/report-sheet-schema.ts';
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
  return (
    <section className="report-preview" aria-labelledby="report-preview-title">
      <h2 id="report-preview-title" className="report-preview__title">
        {title}
      </h2>
      <div ref={frame} className="report-preview__frame">
        <div
          className="report-preview__paper"
          style={size ? { inlineSize: size.width, blockSize: size.height } : undefined}
        >
          <div
            ref={paper}
            className="report-preview__scaled"
            style={size ? { transform: `scale(${size.scale})` } : undefined}
          >
            <ReportSheet view={view} />
          </div>
        </div>
      </div>
    </section>
  );
}
