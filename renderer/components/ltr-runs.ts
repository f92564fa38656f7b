/**
 * Phone numbers, lettered numbers and web addresses inside translated text ("1-877-FTC-HELP",
 * "0300 123 2040", "ReportFraud.ftc.gov", "#ADCC18222"). In a right-to-left sentence the bidi
 * algorithm reorders their parts ("HELP-FTC-877-1"), and a narrow column breaks them at a hyphen or
 * space: each is cut out here to be drawn as one isolated, unbreakable left-to-right run.
 */
const RUN = new RegExp(
  [
    // Web addresses: words joined by dots, ending in a known top-level domain, with an optional path.
    String.raw`(?:[A-Za-z0-9-]+\.)+(?:gov|com|org|net|id|hk|uk|cn|us|app)(?:\/[\w\-./?=&%]*)?`,
    // Numbers and lettered numbers joined by hyphens, dots or single spaces: 646-610-SCAM, 0300 123 2040, 081 157 157 157.
    String.raw`[#+]?(?:\d[\dA-Z]*|[A-Z]+)(?:[-. ](?:\d[\dA-Z]*|[A-Z]{2,}))*(?:[-. ]\d[\dA-Z]*|-[A-Z]{2,})`,
    // A lone number, or a sender such as #ADCC18222.
    String.raw`[#+]?[A-Z]*\d[\dA-Z]*`,
  ].join('|'),
  'g',
);

export interface TextRun {
  text: string;
  /** true: a number or address, drawn as one isolated left-to-right run that never breaks. */
  ltr: boolean;
}

export function splitLtrRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    const start = match.index;
    const value = match[0];
    // Only where it holds a digit or a dot: a capitalised word alone ("WhatsApp") is just text.
    if (!/[\d.]/.test(value)) continue;
    if (start > last) runs.push({ text: text.slice(last, start), ltr: false });
    runs.push({ text: value, ltr: true });
    last = start + value.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), ltr: false });
  return runs;
}
