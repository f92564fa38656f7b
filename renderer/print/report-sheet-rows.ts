/**
 * A translated sentence cut where a number stands ("<5", "2026-12-06", "a1b2c3d4e5f6"): those parts are
 * drawn left to right on their own, so an Arabic line neither mirrors "<" nor reorders a date's digits.
 */
export function splitNumbers(text: string): Array<{ text: string; number: boolean }> {
  const parts: Array<{ text: string; number: boolean }> = [];
  let last = 0;
  for (const match of text.matchAll(/\b[\da-f]{12}(?:, [\da-f]{12})*\b|<?\d[\d,.-]*/g)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), number: false });
    parts.push({ text: match[0], number: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), number: false });
  return parts;
}
