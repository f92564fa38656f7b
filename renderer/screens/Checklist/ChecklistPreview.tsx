import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistView } from '../../../shared/checklist-schema.ts';
import { ScaledPaper } from '../../components/ScaledPaper.tsx';
import { ChecklistSheet } from '../../print/ChecklistSheet.tsx';
import { useFittedPoints } from '../../print/use-fit.ts';
import '../../print/print.css';

/**
 * The sheet exactly as it will print (same component, same fit to one or two pages), drawn smaller to
 * fit the screen. When the browser shell prints this page, print CSS shows only this sheet, full size.
 *
 * `textLang` names the language of the preview's own words when it is not the visitor's ('en' on a staff
 * screen), and `title` its heading when the sheet is not the visitor's checklist (a handout).
 */
export function ChecklistPreview({ view, textLang, title }: { view: ChecklistView; textLang?: 'en'; title?: string }) {
  const { t } = useTranslation(undefined, { lng: textLang });
  const sheet = useRef<HTMLElement>(null);
  // The sheet alone is what gets fitted; ScaledPaper scales the paper around it.
  const fit = useFittedPoints(sheet, view);
  return (
    <section className="checklist-preview" aria-labelledby="checklist-preview-title">
      <h2 id="checklist-preview-title" className="checklist-preview__title">
        {title ?? t('checklist.preview')}
        {fit && <span className="checklist-preview__pages">{t('checklist.pages', { count: fit.pages })}</span>}
      </h2>
      <ScaledPaper block="checklist-preview" ready={fit !== null}>
        <ChecklistSheet ref={sheet} view={view} points={fit?.points ?? 16} compact={fit?.compact ?? false} />
      </ScaledPaper>
    </section>
  );
}
