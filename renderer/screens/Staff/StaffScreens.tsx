import { useCallback } from 'react';
import type { JourneyAction, StaffScreen } from '../../flow/journey.ts';
import { HealthScreen } from './HealthScreen.tsx';
import { ReviewListScreen } from './ReviewListScreen.tsx';
import { SetupFlow } from './Setup/SetupFlow.tsx';
import { StaffHomeScreen } from './StaffHomeScreen.tsx';
import { StaffPinScreen } from './StaffPinScreen.tsx';

/** The staff screen the journey is on; every move goes through the journey reducer. */
export function StaffScreens({
  screen,
  dispatch,
  onSignedIn,
  onSignOut,
  onSettingsChanged,
}: {
  screen: StaffScreen;
  dispatch: (action: JourneyAction) => void;
  onSignedIn: () => void;
  onSignOut: () => void;
  /** First-run setup (staff-setup) stored new settings: the page reloads them. */
  onSettingsChanged: () => void;
}) {
  const back = useCallback(() => dispatch({ type: 'back' }), [dispatch]);
  const sessionLost = useCallback(() => dispatch({ type: 'staffSessionLost' }), [dispatch]);
  switch (screen) {
    case 'staffPin':
      return <StaffPinScreen onSignedIn={onSignedIn} onCancel={back} onSetup={() => dispatch({ type: 'openSetup' })} />;
    case 'staffHome':
      return (
        <StaffHomeScreen
          onHealth={() => dispatch({ type: 'staffPage', page: 'staffHealth' })}
          onReview={() => dispatch({ type: 'staffPage', page: 'staffReview' })}
          onSignOut={onSignOut}
        />
      );
    case 'staffHealth':
      return <HealthScreen onBack={back} onSessionLost={sessionLost} />;
    case 'staffReview':
      return <ReviewListScreen onBack={back} onSessionLost={sessionLost} />;
    // First-run setup (staff-setup).
    case 'staffSetup':
      return <SetupFlow onSetUp={onSettingsChanged} onDone={onSignedIn} onCancel={back} />;
  }
}
