import { useCallback } from 'react';
import type { JourneyAction, StaffScreen } from '../../flow/journey.ts';
import { HealthScreen } from './HealthScreen.tsx';
import { ChangePinScreen } from './ChangePinScreen.tsx';
import { ReviewListScreen } from './ReviewListScreen.tsx';
import { StaffHomeScreen } from './StaffHomeScreen.tsx';
import { StaffPinScreen } from './StaffPinScreen.tsx';

/** The staff screen the journey is on; every move goes through the journey reducer. */
export function StaffScreens({
  screen,
  dispatch,
  onSignedIn,
  onSignOut,
}: {
  screen: StaffScreen;
  dispatch: (action: JourneyAction) => void;
  onSignedIn: () => void;
  onSignOut: () => void;
}) {
  const back = useCallback(() => dispatch({ type: 'back' }), [dispatch]);
  const sessionLost = useCallback(() => dispatch({ type: 'staffSessionLost' }), [dispatch]);
  switch (screen) {
    case 'staffPin':
      return <StaffPinScreen onSignedIn={onSignedIn} onCancel={back} />;
    case 'staffHome':
      return (
        <StaffHomeScreen
          onHealth={() => dispatch({ type: 'staffPage', page: 'staffHealth' })}
          onReview={() => dispatch({ type: 'staffPage', page: 'staffReview' })}
          onSignOut={onSignOut}
          onChangePin={() => dispatch({ type: 'staffPage', page: 'staffChangePin' })}
        />
      );
    case 'staffHealth':
      return <HealthScreen onBack={back} onSessionLost={sessionLost} />;
    case 'staffReview':
      return <ReviewListScreen onBack={back} onSessionLost={sessionLost} />;
    // staff-pin
    case 'staffChangePin':
      return <ChangePinScreen onBack={back} onSessionLost={sessionLost} />;
  }
}
