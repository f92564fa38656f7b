import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The print page around any sheet: its problem in words (an alert), "loading" until the sheet is
 * composed, then the sheet under a Print button for staff who opened the address in a browser (print
 * CSS hides the button on paper).
 */
export function PrintFrame({ problem, children }: { problem: string | null; children: ReactNode | null }) {
  const { t } = useTranslation();
  if (problem !== null)
    return (
      <main className="print-page__error" role="alert">
        {problem}
      </main>
    );
  if (children === null) return <main className="print-page__error">{t('status.loading')}</main>;
  return (
    <main>
      <div className="print-page__bar">
        <button type="button" onClick={() => window.print()}>
          {t('checklist.print')}
        </button>
      </div>
      {children}
    </main>
  );
}
