import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';

/** Where a signed-in member of staff starts: the kiosk's health, the facts to check, and the way out. */
export function StaffHomeScreen({
  onHealth,
  onReview,
  onSignOut,
  onAssist,
}: {
  onHealth: () => void;
  onReview: () => void;
  onSignOut: () => void;
  /** staff-assist: start an assisted visit. */
  onAssist?: (() => void) | undefined;
}) {
  const t = useStaffText();
  return (
    <main className="screen staff" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.home.title')}</ScreenHeading>
      {/* staff-assist: the volunteer's way in, first and biggest. */}
      {onAssist && (
        <div className="staff__assist">
          <BigButton className="staff__help-visitor" onClick={onAssist}>
            {t('staff.assist.helpVisitor')}
          </BigButton>
          <p className="staff__assist-hint">{t('staff.assist.helpVisitorHint')}</p>
        </div>
      )}
      <ul className="staff__menu">
        <li>
          <BigButton onClick={onHealth}>{t('staff.home.health')}</BigButton>
        </li>
        <li>
          <BigButton onClick={onReview}>{t('staff.home.review')}</BigButton>
        </li>
      </ul>
      <nav className="step-nav">
        <BigButton variant="secondary" className="step-nav__back" onClick={onSignOut}>
          {t('staff.home.signOut')}
        </BigButton>
      </nav>
    </main>
  );
}
