import { useCallback, useState, type ReactNode } from 'react';
import { wipeVisitorTraces } from '../flow/visitor-reset.ts';
import { CalmScreen } from '../screens/Fault/CalmScreen.tsx';
import { createCrashBudget, type CrashBudget, type RestartMode } from './crash-budget.ts';
import { FaultBoundary } from './FaultBoundary.tsx';

/** Seconds without a touch before the calm screen starts again by itself: long enough to read it and press an urgent button. */
export const CALM_RESTART_SECONDS = 25;
/** Past the crash budget the calm screen stays up longer, then reloads the whole page. */
export const CALM_RELOAD_SECONDS = 120;

interface Props {
  children: ReactNode;
  /** Tests count faults on their own clock. */
  budget?: CrashBudget;
  /** Tests watch the reload instead of leaving the page. */
  reload?: () => void;
}

/**
 * Sits above the whole journey (App.tsx): when any screen throws while rendering, the journey is
 * gone, and the visitor sees the calm screen in their language, with the urgent buttons, instead of a
 * blank page. A touch, or a short wait, starts a fresh journey on the lobby screen; everything the
 * visitor chose is wiped as at any reset. Nothing here depends on the journey's state.
 */
export function FaultRecovery({ children, budget, reload = () => window.location.reload() }: Props) {
  const [faults] = useState(() => budget ?? createCrashBudget());
  const [generation, setGeneration] = useState(0);
  const [mode, setMode] = useState<RestartMode | null>(null);

  const restart = useCallback(() => {
    // The wipe is not awaited before redrawing; a failed wipe reaches staff through the fault watchdog.
    if (mode === 'reload') {
      void wipeVisitorTraces().finally(reload);
      return;
    }
    void wipeVisitorTraces();
    setMode(null);
    setGeneration((n) => n + 1);
  }, [mode, reload]);

  if (mode)
    return (
      <CalmScreen idleSeconds={mode === 'reload' ? CALM_RELOAD_SECONDS : CALM_RESTART_SECONDS} onRestart={restart} />
    );
  return (
    // A new key is a new boundary and a new journey: nothing of the broken tree is reused.
    <FaultBoundary key={generation} fallback={null} onFault={() => setMode(faults.record())}>
      {children}
    </FaultBoundary>
  );
}
