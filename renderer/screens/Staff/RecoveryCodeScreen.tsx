import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';

/**
 * The new recovery code, shown this once (after the first PIN, and after a recovery): the core keeps
 * only its hash, and this screen keeps it only while it is drawn. It is the way back in when the PIN
 * is forgotten, so staff are asked to write it down before going on.
 */
export function RecoveryCodeScreen({ code, onDone }: { code: string; onDone: () => void }) {
  const t = useStaffText();
  return (
    <main className="screen staff recovery-code" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.pinLife.codeTitle')}</ScreenHeading>
      <p className="resume__hint">{t('staff.pinLife.codeHint')}</p>
      <p className="recovery-code__code" dir="ltr" aria-label={t('staff.pinLife.codeLabel')}>
        {code}
      </p>
      <p className="staff__status">{t('staff.pinLife.codeOnce')}</p>
      <nav className="step-nav">
        <BigButton className="step-nav__next" onClick={onDone}>
          {t('staff.pinLife.codeDone')}
        </BigButton>
      </nav>
    </main>
  );
}
