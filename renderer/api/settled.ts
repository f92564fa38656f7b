/**
 * A promise that says, once it has resolved, what it resolved to: React's own convention for a thenable it
 * can read at once (`status: 'fulfilled'`, `value`). A screen whose content was read ahead then draws it in
 * the same frame as the tap (use-once-call.ts), instead of first drawing and painting its loading line and
 * the content a frame later: on a slow PC that frame cost 30–50 ms of every plan and guide opened (issue 18's
 * tap bench, trace at CPU 4×).
 */
type Told<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

/** `promise`, marked with its value when it resolves (the same promise, so every holder sees the mark). */
export function markSettled<T>(promise: Promise<T>): Promise<T> {
  promise.then(
    (value) => Object.assign(promise, { status: 'fulfilled', value }),
    () => {},
  );
  return promise;
}

/** A promise already resolved to `value`, and marked so. */
export function settled<T>(value: T): Promise<T> {
  return Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });
}

/** What `promise` resolved to, if it is marked; null if it is still on its way, failed, or unmarked. */
export function settledValue<T>(promise: Promise<T>): { value: T } | null {
  const told = promise as Told<T>;
  return told.status === 'fulfilled' ? { value: told.value as T } : null;
}
