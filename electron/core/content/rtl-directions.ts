import { LOCALE_INFO, LOCALES, type Locale } from '../../../shared/locales.ts';
import type { ContentProblem } from './content-files.ts';
import { forEachLocalized } from './localized-texts.ts';

/*
 * Audit 2026-12, M3. iOS and Android mirror their layout in right-to-left languages: the back arrow
 * moves to the top right, swipes turn round. Apple HIG, "Right to left": "allowing system-provided UI
 * components to flip automatically in the RTL context",
 * https://developer.apple.com/design/human-interface-guidelines/right-to-left .
 * Whether the visitor's phone is set to that language cannot be known, so a right-to-left text that says
 * "left" or "right" may send them to the wrong side. It must name the control instead.
 */

interface SideWords {
  /** Whole words (with their prefixes and endings) meaning left or right, after `normalize`. */
  left: RegExp;
  right: RegExp;
  /** Spelling variants that do not change the word (vowel marks, letter forms) folded away. */
  normalize: (word: string) => string;
  /** Ways to say it without a side, shown in the error. */
  instead: string[];
}

/**
 * Arabic. A word is a stem with optional proclitics (و/ف, then ب/ك/ل, then ال; ل+ال is written لل) and
 * an optional ending (the alef of tanween, as in يسارًا, or a pronoun: يمينك, يساره). Whole words only,
 * so ميسر, يسير, يسري ("applies"), اليمن/اليمني (Yemen) and يمكن do not match. Left out on purpose:
 * شمال, "left" only in dialect; in Modern Standard Arabic it is north (أيرلندا الشمالية in hotlines.yaml).
 * Known overlaps, rare in this content and easy to reword: أيسر also means "easier" (write أسهل),
 * يمين also "oath", أيمن and يسرى are also names.
 */
const AR_PREFIX = '^[وف]?(?:[بك]?ال|لل|[بلك])?';
const AR_SUFFIX = '(?:ا|ي|ك|كم|كما|كن|ه|ها|هم|هما|هن|نا)?$';
const arabic: SideWords = {
  left: new RegExp(`${AR_PREFIX}(?:يسار|ايسر|يسرى)${AR_SUFFIX}`, 'u'),
  right: new RegExp(`${AR_PREFIX}(?:يمين|ايمن|يمنى)${AR_SUFFIX}`, 'u'),
  // Vowel marks and tanween (U+064B-U+065F, U+0670) and the tatweel stretch (U+0640) go; أ إ آ ٱ are alef.
  normalize: (word) => word.replace(/[\u064B-\u065F\u0670\u0640]/gu, '').replace(/[أإآٱ]/gu, 'ا'),
  instead: ['سهم الرجوع في أعلى الشاشة', 'في أعلى الشاشة، عند الزاوية', 'اسحب المكالمة جانبًا'],
};

/** Per right-to-left locale. Which locales are right to left comes from LOCALE_INFO, not from here. */
export const SIDE_WORDS: Partial<Record<Locale, SideWords>> = { ar: arabic };

const WORD = /[\p{L}\p{M}]+/gu;

/** Every left/right word in the right-to-left texts of one content file, by path and word. */
export function findSideDirections(file: string, raw: unknown): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const locale of LOCALES.filter((l) => LOCALE_INFO[l].dir === 'rtl')) {
    const words = SIDE_WORDS[locale];
    // A new right-to-left language must bring its word list, or its texts would go unchecked.
    if (!words) throw new Error(`${locale} is right to left but has no left/right words in rtl-directions.ts`);
    forEachLocalized(raw, (text, path) => {
      const value = text[locale];
      if (typeof value !== 'string') return;
      for (const word of new Set(value.match(WORD))) {
        const plain = words.normalize(word);
        const side = words.left.test(plain) ? 'left' : words.right.test(plain) ? 'right' : undefined;
        if (!side) continue;
        out.push({
          file,
          path: [...path, locale].join('.'),
          message: `"${word}" (${side}): a phone set to a right-to-left language mirrors its screen, so left and right may be swapped on the visitor's phone. Name the control instead, e.g. ${words.instead.map((w) => `"${w}"`).join(', ')}`,
        });
      }
    });
  }
  return out;
}
