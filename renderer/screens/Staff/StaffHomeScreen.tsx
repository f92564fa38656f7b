import { useEffect, useState } from 'react';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';
import { ExitKioskConfirm } from './ExitKioskConfirm.tsx';

/** Where a signed-in member of staff starts: the kiosk's health, the facts to check, and the way out. */
export function StaffHomeScreen({
  onHealth,
  onReview,
  onSignOut,
  onChangePin,
}: {
  onHealth: () => void;
  onReview: () => void;
  onSignOut: () => void;
  onChangePin: () => void;
}) {
  const t = useStaffText();
  const api = useKiosk();
  // staff-pin: only a shell that can end the kiosk program (Electron) offers it; the core says which.
  const [canExit, setCanExit] = useState(false);
  const [confirmExit, setConfirmExit] = useState(false);
  useEffect(() => {
    let live = true;
    api.getStaffStatus({}).then(
      (status) => live && setCanExit(status.canExitKiosk === true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return (
    <main className="screen staff" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.home.title')}</ScreenHeading>
      <ul className="staff__menu">
        <li>
          <BigButton onClick={onHealth}>{t('staff.home.health')}</BigButton>
        </li>
        <li>
          <BigButton onClick={onReview}>{t('staff.home.review')}</BigButton>
        </li>
        {/* staff-pin */}
        <li>
          <BigButton variant="secondary" onClick={onChangePin}>
            {t('staff.pinLife.changeButton')}
          </BigButton>
        </li>
        {canExit && (
          <li>
            <BigButton variant="secondary" onClick={() => setConfirmExit(true)}>
              {t('staff.pinLife.exitButton')}
            </BigButton>
          </li>
        )}
      </ul>
      {confirmExit && <ExitKioskConfirm onStay={() => setConfirmExit(false)} />}
      <nav className="step-nav">
        <BigButton variant="secondary" className="step-nav__back" onClick={onSignOut}>
          {t('staff.home.signOut')}
        </BigButton>
      </nav>
    </main>
  );
}
