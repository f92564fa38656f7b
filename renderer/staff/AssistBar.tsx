import { useEffect } from 'react';
import { useNews } from '../api/news-context.tsx';
import { STAFF_LANG, useStaffText } from './staff-text.ts';

/**
 * A thin strip under the top bar on every visitor screen of an assisted visit: it says the visit is
 * assisted and opens the For-staff panel. Small and in English, so it reads as the volunteer's, not
 * the visitor's; a visitor's own visit never shows it.
 */
export function AssistBar({ onOpen, onSessionEnded }: { onOpen: () => void; onSessionEnded: () => void }) {
  const t = useStaffText();
  // The bar is up exactly while an assisted visit shows visitor screens: when the core says this page's
  // staff session ended (five quiet minutes), the staff side goes at once; the visitor's visit goes on.
  const ended = useNews('staffSessionEnded');
  useEffect(() => {
    if (ended) onSessionEnded();
  }, [ended, onSessionEnded]);
  return (
    <div className="assist-bar" {...STAFF_LANG}>
      <span className="assist-bar__label">{t('staff.assist.bar')}</span>
      <button type="button" className="assist-bar__open" onClick={onOpen}>
        {t('staff.assist.openPanel')}
      </button>
    </div>
  );
}
