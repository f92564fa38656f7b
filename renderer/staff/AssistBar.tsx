import { STAFF_LANG, useStaffText } from './staff-text.ts';

/**
 * A thin strip under the top bar on every visitor screen of an assisted visit: it says the visit is
 * assisted and opens the For-staff panel. Small and in English, so it reads as the volunteer's, not
 * the visitor's; a visitor's own visit never shows it.
 */
export function AssistBar({ onOpen }: { onOpen: () => void }) {
  const t = useStaffText();
  return (
    <div className="assist-bar" {...STAFF_LANG}>
      <span className="assist-bar__label">{t('staff.assist.bar')}</span>
      <button type="button" className="assist-bar__open" onClick={onOpen}>
        {t('staff.assist.openPanel')}
      </button>
    </div>
  );
}
