/** What a hook keeps between runs of its effect: the key it last ran for, and what that run gave. */
export interface OnceMemo<T> {
  current: { key: string; result: T } | null;
}

/**
 * Runs `run` the first time it is asked for `key` and hands back that same result on every later ask
 * for the same key. React's StrictMode (development) mounts, unmounts and mounts again every effect,
 * keeping the component's refs: with its memo in a ref, an effect that saves a checklist or logs an
 * event still does it once per key, while a new key (a retry, the next visit) runs it again.
 */
export function runOnce<T>(memo: OnceMemo<T>, key: string, run: () => T): T {
  if (memo.current?.key !== key) memo.current = { key, result: run() };
  return memo.current.result;
}
