/**
 * Settles with `work`, or rejects with `onTimeout()` after `ms`: a printer, a spooler or a page that
 * never answers must not hold the kiosk (or the print queue behind it) forever. The work itself is
 * not cancelled here; callers clean up in their own `finally`.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
