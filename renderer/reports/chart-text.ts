/**
 * How wide the charts' text is, and where a long name breaks into lines: what ECharts lays out must be
 * what the SVG finally shows, or legend items run into each other and long names spill out of the chart.
 *
 * In a page (the staff screen, the print page) the text is measured by a canvas in the very font the SVG
 * names, so layout and drawing agree exactly once the font is loaded (the screen draws again when it is).
 * In Node (the merge tool's HTML) there is no canvas and no font, and the HTML is opened on any computer
 * with whatever faces it has: the width is an estimate on the wide side, so text gets a little more room
 * than it needs, never less.
 */

export type MeasureText = (text: string, font: string) => number;

/** Per character, in em: every script the kiosk speaks, a little wider than Noto Sans and DejaVu Sans. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

function charEm(ch: string): number {
  // Arabic vowel marks and other combining marks sit on the letter before them.
  if (/[\p{M}\u200b-\u200f\u2060\ufeff]/u.test(ch)) return 0;
  // Chinese, Japanese and Korean characters and their full-width punctuation are one em square.
  if (/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uff60]/u.test(ch))
    return 1;
  if (ch === ' ') return 0.3;
  if (/[il.,:;!|'"()[\]-]/.test(ch)) return 0.35;
  if (/[mwMW@%]/.test(ch)) return 0.95;
  if (/[A-Z]/.test(ch)) return 0.72;
  if (/\p{Script=Arabic}/u.test(ch)) return 0.55;
  return 0.62;
}

/** The pixel size in a CSS font shorthand ("normal normal 15px 'Noto Sans', sans-serif"). */
export function fontSizeOf(font: string): number {
  return Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
}

/** The little of a canvas this needs, typed here: this file is built for Node too (no DOM types there). */
interface TextContext {
  font: string;
  measureText(text: string): { width: number };
}
interface PageWithCanvas {
  document?: { createElement(tag: 'canvas'): { getContext(kind: '2d'): TextContext | null } };
}

let context: TextContext | null | undefined;

/** The page's canvas when there is one (and it can draw text), else the estimate. */
export const measureChartText: MeasureText = (text, font) => {
  context ??= (globalThis as PageWithCanvas).document?.createElement('canvas').getContext('2d') ?? null;
  if (!context) return estimateTextWidth(text, fontSizeOf(font));
  context.font = font;
  return context.measureText(text).width;
};

// Never at the start of a line: closing punctuation (CJK and Latin), and the spaces a break swallows.
const NO_LINE_START = /^[\s,.:;!?)\]}،؛؟、。，．：；！？）」』】〉》〕]/u;
// Never at the end of a line: opening brackets and quotes.
const NO_LINE_END = /[([{（「『【〈《〔]$/u;
const EAST_ASIAN_CHAR = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uff60';
const EAST_ASIAN = new RegExp(`[${EAST_ASIAN_CHAR}]`, 'u');
// A run split into its East Asian characters (each with the spaces after it) and the runs between them.
const EAST_ASIAN_PIECES = new RegExp(`[${EAST_ASIAN_CHAR}]\\s*|[^${EAST_ASIAN_CHAR}]+`, 'gu');

/**
 * A name broken into lines no wider than `maxWidth` as `measure` sees them: between words, and between
 * Chinese characters (which have no spaces), never before a comma or closing bracket nor after an opening
 * one. A single word wider than the line is broken between its letters rather than cut.
 *
 * ECharts can wrap (`overflow: 'break'`), but it counts every character outside ASCII as wide as 国, so an
 * Arabic or Vietnamese name would break at about half its room: the charts give it lines ready-made.
 */
export function wrapChartLabel(text: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const units = breakUnits(text.replace(/\s+/g, ' ').trim());
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const joined = line + unit;
    if (line === '' || measure(joined.trimEnd(), font) <= maxWidth) {
      line = joined;
      continue;
    }
    lines.push(line.trimEnd());
    line = unit.trimStart();
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.flatMap((l) => (measure(l, font) <= maxWidth ? [l] : splitLetters(l, maxWidth, font, measure)));
}

/** The pieces a line may break between, each with the spaces after it. */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  for (const piece of text.match(/\S+\s*/g) ?? []) {
    // Inside a run with Chinese characters, each character is a piece of its own.
    const parts = EAST_ASIAN.test(piece) ? (piece.match(EAST_ASIAN_PIECES) ?? []) : [piece];
    for (const part of parts) {
      const last = units.at(-1);
      if (last !== undefined && (NO_LINE_START.test(part) || NO_LINE_END.test(last.trimEnd())))
        units[units.length - 1] = last + part;
      else units.push(part);
    }
  }
  return units;
}

function splitLetters(line: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const out: string[] = [];
  let current = '';
  for (const { segment: ch } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(line)) {
    if (current !== '' && measure(current + ch, font) > maxWidth) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  if (current !== '') out.push(current);
  return out;
}
