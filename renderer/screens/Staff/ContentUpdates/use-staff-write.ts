import { useCallback, useState } from 'react';
import { KioskError } from '../../../../shared/errors.ts';

/**
 * A staff write made from a tap: busy while it runs, `failed` when the kiosk could not do it (staff see one
 * sentence and may try again), and back to the PIN pad when the session ended meanwhile.
 */
export function useStaffWrite(onSessionLost: () => void, onFailed?: () => void) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  // Returns nothing: a tap's handler starts the write, and this hook owns its outcome.
  const run = useCallback(
    (write: () => Promise<void>): void => {
      setBusy(true);
      setFailed(false);
      write()
        .catch((error: unknown) => {
          if (error instanceof KioskError && error.code === 'unauthorized') onSessionLost();
          else {
            setFailed(true);
            onFailed?.();
          }
        })
        .finally(() => setBusy(false));
    },
    [onSessionLost, onFailed],
  );
  return { busy, failed, run };
}
