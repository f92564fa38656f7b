import { useCallback, useEffect } from 'react';
import { useNews } from '../../api/news-context.tsx';
import type { JourneyAction, StaffScreen } from '../../flow/journey.ts';
import { HealthScreen } from './HealthScreen.tsx';
import { ReviewListScreen } from './ReviewListScreen.tsx';
import { StaffHomeScreen } from './StaffHomeScreen.tsx';
import { StaffPinScreen } from './StaffPinScreen.tsx';

/** The staff screen the journey is on; every move goes through the journey reducer. */
export function StaffScreens({
  screen,
  dispatch,
  onSignedIn,
  onSignOut,
  onAssist,
}: {
  screen: StaffScreen;
  dispatch: (action: JourneyAction) => void;
  onSignedIn: () => void;
  onSignOut: () => void;
  /** staff-assist: "Help a visitor" on staff home. */
  onAssist?: () => void;
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
      return <StaffPinScreen onSignedIn={onSignedIn} onCancel={back} />;
    case 'staffHome':
      return (
        <StaffHomeScreen
          onHealth={() => dispatch({ type: 'staffPage', page: 'staffHealth' })}
          onReview={() => dispatch({ type: 'staffPage', page: 'staffReview' })}
          onSignOut={onSignOut}
          onAssist={onAssist}
        />
      );
    case 'staffHealth':
      return <HealthScreen onBack={back} onSessionLost={sessionLost} />;
    case 'staffReview':
      return <ReviewListScreen onBack={back} onSessionLost={sessionLost} />;
  }
}
