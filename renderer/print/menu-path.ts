/**
 * A checklist's menu path ("الإعدادات > Apps > Phone > Silence (في iOS 18: …)") read into its parts,
 * so each part can be printed as its own bidi isolate and the separators drawn for the reading
 * direction. Paths mix the visitor's language with the phone's English labels (where no translated
 * label is known); printed as one string, the Unicode bidi algorithm joins neighbouring English
 * labels into one left-to-right run inside a right-to-left line, so an Arabic reader meets the steps
 * out of order and the ">" pointing backwards.
 *
 * Nothing is dropped or reworded: joining every part's text and spacing, with ">" for each
 * separator, gives the original string back (see `pathText`).
 */

/** A run of words printed as one isolate (its direction taken from its first strong letter). */
export interface PathText {
  kind: 'text';
  text: string;
  /**
   * What followed it in the path, printed outside the isolate in the path's own direction: spacing
   * ("" or " ", so CJK punctuation stays tight) and the clause's closing mark, so the "." or "؛" after
   * an English label lands at the end of the clause in an Arabic line, not inside the English.
   */
  after: string;
}

/** A bracketed note inside a step ("(iOS 17: Settings > FaceTime)"), itself a path: it may hold steps. */
export interface PathNote {
  kind: 'note';
  open: string;
  close: string;
  steps: PathStep[];
  after: string;
}

/** One step between two separators: usually one menu label; sometimes a label, a note, or a sentence. */
export interface PathStep {
  parts: Array<PathText | PathNote>;
}

const OPEN_TO_CLOSE: Record<string, string> = { '(': ')', '（': '）', '[': ']', '［': '］' };
const CLOSERS = new Set(Object.values(OPEN_TO_CLOSE));
/** Brackets that make a note when they follow a label; square brackets are part of a label ("[your name]"). */
const NOTE_OPENERS = new Set(['(', '（']);
const SEPARATORS = new Set(['>', '＞']);
/**
 * Where a run of words ends inside a step: after a sentence or clause mark, so "Block Contact.
 * قائمة المحظورين:" prints as two isolates, each punctuated on its own side. Latin marks need the
 * space after them ("myaccount.google.com" stays whole); CJK and Arabic marks do not.
 */
const CLAUSE_END = /(?<=[.;:,]\s+)|(?<=[؛،；：。，])/u;
/** A clause's closing marks and spacing, which belong to the line around the run, not to the run. */
const TRAILER = /[\s.;:,؛،；：。，]*$/u;

/** Splits `text` into runs; `after` is what follows the whole text (spacing before a note). */
function splitRuns(text: string, after: string, parts: PathStep['parts']): void {
  for (const piece of text.split(CLAUSE_END)) {
    const start = piece.length - piece.trimStart().length;
    const lead = piece.slice(0, start);
    const body = piece.slice(start);
    const trailer = TRAILER.exec(body)?.[0] ?? '';
    const words = body.slice(0, body.length - trailer.length);
    const previous = parts.at(-1);
    // Spacing or a lone mark with no words of its own goes with what came before it.
    if (words === '') {
      if (previous) previous.after += lead + trailer;
      continue;
    }
    if (previous) previous.after += lead;
    parts.push({ kind: 'text', text: words, after: trailer });
  }
  const last = parts.at(-1);
  if (last) last.after += after;
}

/** Finds the index of the bracket closing the one at `start`, or -1. */
function matching(s: string, start: number): number {
  const stack: string[] = [];
  for (let i = start; i < s.length; i++) {
    const c = s[i] ?? '';
    if (OPEN_TO_CLOSE[c]) stack.push(OPEN_TO_CLOSE[c]);
    else if (c === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

function parseStep(raw: string): PathStep {
  const s = raw.trim();
  // A step that is only a bracketed label is the label itself: iOS's "(i)" button, "[your name]".
  if (OPEN_TO_CLOSE[s[0] ?? ''] && matching(s, 0) === s.length - 1)
    return { parts: [{ kind: 'text', text: s, after: '' }] };
  const parts: PathStep['parts'] = [];
  let text = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    const end = OPEN_TO_CLOSE[c] ? matching(s, i) : -1;
    if (end < 0) {
      text += c;
      continue;
    }
    if (!NOTE_OPENERS.has(c)) {
      text += s.slice(i, end + 1); // "[your name]" inside a longer label stays in its words
      i = end;
      continue;
    }
    splitRuns(text, '', parts);
    text = '';
    parts.push({ kind: 'note', open: c, close: s[end] ?? '', steps: parseSteps(s.slice(i + 1, end)), after: '' });
    i = end;
  }
  splitRuns(text, '', parts);
  return { parts };
}

function parseSteps(path: string): PathStep[] {
  const steps: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of path) {
    if (OPEN_TO_CLOSE[c]) depth++;
    else if (CLOSERS.has(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.has(c)) {
      steps.push(current);
      current = '';
    } else current += c;
  }
  steps.push(current);
  return steps.filter((step) => step.trim() !== '').map(parseStep);
}

/** Reads a menu path into steps (split at each top-level ">"), each step into runs of words and notes. */
export function parseMenuPath(path: string): PathStep[] {
  return parseSteps(path);
}

/** The path as text again, " > " between steps: what the parts say, for tests and screen readers. */
export function pathText(steps: PathStep[]): string {
  const part = (p: PathText | PathNote): string =>
    (p.kind === 'text' ? p.text : `${p.open}${pathText(p.steps)}${p.close}`) + p.after;
  return steps.map((step) => step.parts.map(part).join('').trimEnd()).join(' > ');
}
