import type { Locale } from './locales.ts';
import type { PhoneLocale, PhoneWordView } from './phone-picture.ts';

/**
 * The one rule for showing a phone's word (issue 17, ux audit M3): the picture, the step text and the
 * printed sheet all come through here, so they cannot disagree.
 *
 * - The phone's word in the phone's language is known: show it, with its meaning in the visitor's
 *   language beside it when the two languages differ ("Apps" (應用程式) for a Chinese reader whose
 *   phone is in English).
 * - Not known: show the meaning, marked as a translation (`known: false`), so the visitor looks for
 *   the place and the icon, never for an English word their phone does not show.
 *
 * A phone language of `unknown` ("I don't know") is taken as the visitor's reading language: the most
 * likely, and a wrong guess still shows the place and the icon.
 */
export interface ShownWord {
  /** What to show: the phone's own word, or (not known) its meaning in the visitor's language. */
  shown: string;
  /** true: `shown` is what the phone says. false: a translation, to be marked as one. */
  known: boolean;
  /** The meaning in the visitor's language, beside a known word in another language. */
  gloss?: string;
}

export function phoneLanguage(phone: PhoneLocale, reading: Locale): Locale {
  return phone === 'unknown' ? reading : phone;
}

export function showWord(word: PhoneWordView, phone: PhoneLocale, reading: Locale): ShownWord {
  const lang = phoneLanguage(phone, reading);
  const own = word.phone[lang];
  if (typeof own !== 'string') return { shown: word.meaning, known: false };
  const differs = lang !== reading && word.meaning.trim().toLowerCase() !== own.trim().toLowerCase();
  return differs ? { shown: own, known: true, gloss: word.meaning } : { shown: own, known: true };
}

/** `{{ios-apps}}` in a step's text, tip, check or checklist path names a word of the dictionary. */
export const PHONE_WORD_TOKEN = /\{\{([a-z0-9]+(?:-[a-z0-9]+)*)\}\}/g;

export type PhoneTextPart = { text: string } | ({ id: string } & ShownWord);

/** Splits a text with word tokens into plain runs and shown words. A token for an unknown id stays as it was written. */
export function phoneTextParts(
  text: string,
  words: Readonly<Record<string, PhoneWordView>>,
  phone: PhoneLocale,
  reading: Locale,
): PhoneTextPart[] {
  const parts: PhoneTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PHONE_WORD_TOKEN)) {
    const [token, id = ''] = match;
    const word = words[id];
    if (!word) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ id, ...showWord(word, phone, reading) });
    last = match.index + token.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

const FULL_WIDTH = new Set<Locale>(['zh-Hant', 'zh-Hans']);

/** The gloss beside a word, in the visitor's punctuation: 「Apps」（應用程式）, "Apps (Aplicaciones)". */
export function withGloss(shown: string, gloss: string, reading: Locale): string {
  return FULL_WIDTH.has(reading) ? `${shown}（${gloss}）` : `${shown} (${gloss})`;
}

/** The text as one string (read aloud, search, a plain line): known words with their gloss, unknown ones as their meaning. */
export function phoneTextPlain(
  text: string,
  words: Readonly<Record<string, PhoneWordView>>,
  phone: PhoneLocale,
  reading: Locale,
): string {
  return phoneTextParts(text, words, phone, reading)
    .map((p) => ('text' in p ? p.text : p.gloss ? withGloss(p.shown, p.gloss, reading) : p.shown))
    .join('');
}

/** Every word id a text names. */
export function phoneWordIds(text: string): string[] {
  return [...text.matchAll(PHONE_WORD_TOKEN)].map((m) => m[1] ?? '');
}
