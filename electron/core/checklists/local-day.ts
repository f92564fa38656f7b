/** The kiosk's local calendar day, "2026-11-23": what a printed sheet shows and a saved plan keeps. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day `days` before `date`. */
export function daysBefore(date: Date, days: number): string {
  const earlier = new Date(date);
  earlier.setDate(earlier.getDate() - days);
  return localDay(earlier);
}
