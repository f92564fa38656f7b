import { lazy, Suspense, useCallback, useEffect } from 'react';
import type { Locale } from '../../../shared/locales.ts';
import { useNews } from '../../api/news-context.tsx';
import { visitInProgress, type JourneyAction, type JourneyState, type StaffScreen } from '../../flow/journey.ts';
import { GuidesScreen } from './GuidesScreen.tsx';
import { HandoutScreen } from './HandoutScreen.tsx';
import { HealthScreen } from './HealthScreen.tsx';
import { MonthlyReportScreen } from './MonthlyReport/MonthlyReportScreen.tsx';
import { PlanCodeScreen } from './PlanCodeScreen.tsx';
// report-screen
import { StaffLoading } from './StaffLoading.tsx';
import { ChangePinScreen } from './ChangePinScreen.tsx';
import { ContentUpdatesScreen } from './ContentUpdates/ContentUpdatesScreen.tsx';
import { ReviewListScreen } from './ReviewListScreen.tsx';
import { SetupFlow } from './Setup/SetupFlow.tsx';
import { StaffHomeScreen } from './StaffHomeScreen.tsx';
import { StaffPinScreen } from './StaffPinScreen.tsx';

// report-screen: the chart library (ECharts) loads when staff open Reports, not with every visitor's page.
const ReportsScreen = lazy(() => import('./Reports/ReportsScreen.tsx').then((m) => ({ default: m.ReportsScreen })));

/** The staff screen the journey is on; every move goes through the journey reducer. */
export function StaffScreens({
  screen,
  dispatch,
  onSignedIn,
  onSignOut,
  onAssist,
  journey,
  enabled,
  uiLocale,
  onPrinting,
  onSettingsChanged,
}: {
  screen: StaffScreen;
  dispatch: (action: JourneyAction) => void;
  onSignedIn: () => void;
  onSignOut: () => void;
  /** staff-assist: "Help a visitor" on staff home. */
  onAssist?: () => void;
  // Staff tools: the visit under staff mode, the kiosk's languages, and the idle pause while printing.
  journey: JourneyState;
  enabled: Locale[];
  /** The visitor's language, or the kiosk's default when no visit runs. */
  uiLocale: Locale;
  onPrinting: (printing: boolean) => void;
  /** First-run setup (staff-setup) stored new settings: the page reloads them. */
  onSettingsChanged: () => void;
}) {
  const back = useCallback(() => dispatch({ type: 'back' }), [dispatch]);
  const sessionLost = useCallback(() => dispatch({ type: 'staffSessionLost' }), [dispatch]);
  // The core tells this window or page alone that its session ended (five quiet minutes, or ended from
  // elsewhere): the PIN pad comes back at once, not at the next staff call, so no staff facts stay
  // on a screen nobody is signed in to.
  const ended = useNews('staffSessionEnded');
  useEffect(() => {
    if (ended) sessionLost();
  }, [ended, sessionLost]);
  switch (screen) {
    case 'staffPin':
      return <StaffPinScreen onSignedIn={onSignedIn} onCancel={back} onSetup={() => dispatch({ type: 'openSetup' })} />;
    case 'staffHome':
      return (
        <StaffHomeScreen
          onHealth={() => dispatch({ type: 'staffPage', page: 'staffHealth' })}
          onReview={() => dispatch({ type: 'staffPage', page: 'staffReview' })}
          onSignOut={onSignOut}
          onAssist={onAssist}
          onTool={(page) => dispatch({ type: 'staffPage', page })}
          onChangePin={() => dispatch({ type: 'staffPage', page: 'staffChangePin' })}
        />
      );
    case 'staffHealth':
      return <HealthScreen onBack={back} onSessionLost={sessionLost} />;
    case 'staffReview':
      return <ReviewListScreen onBack={back} onSessionLost={sessionLost} />;
    // Staff tools.
    case 'staffGuides':
      return (
        <GuidesScreen
          visitLocale={visitInProgress(journey) ? journey.locale : null}
          locales={enabled}
          onOpen={(choice, start) => dispatch({ type: 'staffOpenGuide', ...choice, ...(start && { start }) })}
          onBack={back}
          onSessionLost={sessionLost}
        />
      );
    case 'staffPlanCode':
      return (
        <PlanCodeScreen
          visitId={visitInProgress(journey) ? journey.visitId : null}
          locales={enabled}
          onOpen={(plan, start) => dispatch({ type: 'staffOpenPlan', ...plan, ...(start && { start }) })}
          onBack={back}
          onSessionLost={sessionLost}
        />
      );
    case 'staffHandout':
      return (
        <HandoutScreen
          locale={uiLocale}
          locales={enabled}
          visitId={visitInProgress(journey) ? journey.visitId : null}
          onPrinting={onPrinting}
          onBack={back}
          onSessionLost={sessionLost}
        />
      );
    // report-screen
    case 'staffReports':
      return (
        <Suspense fallback={<StaffLoading failed={false} onRetry={() => {}} />}>
          <ReportsScreen onBack={back} onSessionLost={sessionLost} />
        </Suspense>
      );
    // report-print
    case 'staffMonthlyReport':
      return (
        <MonthlyReportScreen
          locale={uiLocale}
          locales={enabled}
          onPrinting={onPrinting}
          onBack={back}
          onSessionLost={sessionLost}
        />
      );
    // Content packs (issue 19).
    case 'staffContent':
      return <ContentUpdatesScreen onBack={back} onSessionLost={sessionLost} />;
    // staff-pin
    case 'staffChangePin':
      return <ChangePinScreen onBack={back} onSessionLost={sessionLost} />;
    // First-run setup (staff-setup).
    case 'staffSetup':
      return <SetupFlow onSetUp={onSettingsChanged} onDone={onSignedIn} onCancel={back} />;
  }
}
