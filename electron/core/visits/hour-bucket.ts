/**
 * The visit log keeps time to the hour, in the kiosk's local time ("2026-11-23T14"): enough for
 * "how busy is the kiosk on Tuesday afternoons", too coarse to pick out one visitor.
 */
export function hourBucket(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}`;
}
