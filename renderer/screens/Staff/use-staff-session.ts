import { useEffect } from 'react';
import { useKiosk } from '../../api/kiosk-context.tsx';

/**
 * For a staff screen whose own calls are visitor calls (reopening a plan, printing a handout): asks
 * once, when it opens, whether this page still holds a staff session, and sends staff back to the PIN
 * pad if not. Asking does not extend the session. A failed question is no proof of a lost session:
 * the screen's own calls say what is wrong then.
 */
export function useStaffSession(onSessionLost: () => void): void {
  const api = useKiosk();
  useEffect(() => {
    let live = true;
    api.getStaffStatus({}).then(
      (status) => {
        if (live && !status.signedIn) onSessionLost();
      },
      (error: unknown) => console.warn('SafeCall: staff session not checked', error),
    );
    return () => {
      live = false;
    };
  }, [api, onSessionLost]);
}
