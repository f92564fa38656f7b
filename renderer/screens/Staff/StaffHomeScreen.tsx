import { useEffect, useState } from 'react';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import type { StaffToolScreen } from '../../flow/journey.ts';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';
import { ExitKioskConfirm } from './ExitKioskConfirm.tsx';

/**
 * Where a signed-in member of staff starts: the kiosk's health, the facts to check, the tools for the
 * visitor at the screen (a guide, a plan by its code, a handout), and the way out.
 */
export function StaffHomeScreen({
  onHealth,
  onReview,
  onSignOut,
  onAssist,
  onTool,
  onChangePin,
}: {
  onHealth: () => void;
  onReview: () => void;
  onSignOut: () => void;
  /** staff-assist: start an assisted visit. */
  onAssist?: (() => void) | undefined;
  /** Staff tools: open a guide, reopen a plan, print a handout. */
  onTool: (tool: StaffToolScreen) => void;
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
        {/* Staff tools. */}
        <li>
          <BigButton onClick={() => onTool('staffGuides')}>{t('staff.tools.homeGuides')}</BigButton>
        </li>
        <li>
          <BigButton onClick={() => onTool('staffPlanCode')}>{t('staff.tools.homePlan')}</BigButton>
        </li>
        <li>
          <BigButton onClick={() => onTool('staffHandout')}>{t('staff.tools.homeHandout')}</BigButton>
        </li>
        {/* report-screen */}
        <li>
          <BigButton onClick={() => onTool('staffReports')}>{t('staff.reports.homeButton')}</BigButton>
        </li>
        {/* report-print */}
        <li>
          <BigButton onClick={() => onTool('staffMonthlyReport')}>{t('staff.monthly.homeMonthly')}</BigButton>
        </li>
        {/* Content packs (issue 19). */}
        <li>
          <BigButton onClick={() => onTool('staffContent')}>{t('staff.content.homeButton')}</BigButton>
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
