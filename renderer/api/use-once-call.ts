import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { runOnce, type OnceMemo } from './run-once.ts';
import { settledValue } from './settled.ts';

export type CallState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: Error };

const LOADING = { status: 'loading' } as const;

/**
 * The mechanics `useCall` (reads) and `useAction` (writes) share: one call per key and attempt, with
 * loading, failure and retry. `key` names the request: the call runs again when it changes, and an answer
 * is shown only while its key is current, so a late answer for an earlier request, or for the previous
 * visitor after a reset, is never drawn. When development's StrictMode runs the effect a second time, the
 * second run waits on the first one's answer instead of calling again (run-once.ts).
 */
export function useOnceCall<T>(key: string, run: () => Promise<T>): CallState<T> & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const token = `${key}#${attempt}`;
  const [answer, setAnswer] = useState<{ token: string; state: CallState<T> } | null>(null);
  const memo = useRef(null) as OnceMemo<Promise<T>>;

  // A layout effect: an answer that is here already (content read ahead, settled.ts) is drawn before the
  // screen is painted, in the tap's own frame; the loading line it replaces is never seen.
  useLayoutEffect(() => {
    let live = true;
    const asked = runOnce(memo, token, run);
    const arrived = settledValue(asked);
    if (arrived) {
      setAnswer({ token, state: { status: 'ready', data: arrived.value } });
      return;
    }
    asked.then(
      (data) => live && setAnswer({ token, state: { status: 'ready', data } }),
      (error: unknown) =>
        live &&
        setAnswer({
          token,
          state: { status: 'failed', error: error instanceof Error ? error : new Error(String(error)) },
        }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `token` changes exactly when the call must run again
  }, [token]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state: CallState<T> = answer?.token === token ? answer.state : LOADING;
  return { ...state, retry };
}
