import type { CrashBudget } from './crash-budget.ts';

/** A short pause before drawing the page again, so a fault that repeats at once cannot spin the CPU. */
export const REMOUNT_DELAY_MS = 1_000;
/** Past the budget: how long the plain restart surface waits for a touch before the page reloads itself. */
export const RELOAD_DELAY_MS = 30_000;

export interface RootRecoveryDeps {
  budget: CrashBudget;
  /** Draws the whole page again from scratch: a fresh journey on the lobby screen. */
  remount: () => void;
  /** Puts a plain "touch the screen to start again" surface where React was; touching it runs `onTouch`. */
  showPlain: (onTouch: () => void) => void;
  reload: () => void;
  setTimer?: (run: () => void, ms: number) => void;
}

/**
 * The last line of defence, for an error no boundary caught (the calm screen itself broke, or the
 * code around the boundary): React has already emptied the page. Draw it again, fresh; when that
 * keeps failing, show a plain surface without React and reload the page, which starts everything
 * (modules, memory) anew.
 */
export function createRootRecovery(deps: RootRecoveryDeps): () => void {
  const setTimer = deps.setTimer ?? ((run: () => void, ms: number) => void setTimeout(run, ms));
  let remountPending = false;
  let reloading = false;
  return () => {
    if (reloading || remountPending) return;
    if (deps.budget.record() === 'remount') {
      remountPending = true;
      setTimer(() => {
        remountPending = false;
        deps.remount();
      }, REMOUNT_DELAY_MS);
      return;
    }
    reloading = true;
    // After React has finished emptying the page, not during its commit.
    setTimer(() => deps.showPlain(deps.reload), 0);
    setTimer(deps.reload, RELOAD_DELAY_MS);
  };
}

/** The plain surface: one button with the calm sentence, made with the DOM because React is what failed. */
export function showPlainRestart(container: HTMLElement, text: string, onTouch: () => void): void {
  const button = container.ownerDocument.createElement('button');
  button.type = 'button';
  button.className = 'fault__surface fault__surface--plain';
  button.textContent = text;
  button.addEventListener('click', onTouch);
  container.replaceChildren(button);
  button.focus();
}
