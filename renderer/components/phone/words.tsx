import { createContext, useContext } from 'react';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';
import type { PhoneLocale, PhoneWordView, ScreenView } from '../../../shared/phone-picture.ts';
import { phoneLanguage, showWord, type ShownWord } from '../../../shared/phone-words.ts';

/** What every word in one picture is shown by: the dictionary, the phone's language and the visitor's. */
export interface WordRule {
  words: Readonly<Record<string, PhoneWordView>>;
  phoneLocale: PhoneLocale;
  locale: Locale;
}

export const WordRuleContext = createContext<WordRule>({ words: {}, phoneLocale: 'unknown', locale: 'en' });

/** A word of the picture by id, through the one rule (shared/phone-words.ts); undefined for an id the dictionary lacks. */
export function useShownWord(id: string | undefined): ShownWord | undefined {
  const rule = useContext(WordRuleContext);
  const word = id ? rule.words[id] : undefined;
  return word ? showWord(word, rule.phoneLocale, rule.locale) : undefined;
}

/**
 * A phone word as the picture draws it: the phone's own word, in its language's face; or (not known
 * in the phone's language) its meaning, dashed, as a translation; a known word in another language
 * than the visitor's has its meaning small under it. An id without a word draws nothing: the picture
 * never shows an id or a stray English word.
 */
export function PhoneWord({ id, className }: { id: string | undefined; className?: string }) {
  const rule = useContext(WordRuleContext);
  const shown = useShownWord(id);
  if (!shown) return null;
  const phoneLang = LOCALE_INFO[phoneLanguage(rule.phoneLocale, rule.locale)].htmlLang;
  const readingLang = LOCALE_INFO[rule.locale].htmlLang;
  const classes = ['phone-word', shown.known ? '' : 'phone-word--translated', className ?? ''].filter(Boolean);
  return (
    <>
      {/* The box keeps the phone's direction (it sits and aligns where the phone puts it); <bdi> lets the
          words inside run in their own (an Arabic meaning under an English word). */}
      <span className={classes.join(' ')} lang={shown.known ? phoneLang : readingLang}>
        <bdi>{shown.shown}</bdi>
      </span>
      {shown.gloss && (
        <span className="phone-word__gloss" lang={readingLang}>
          <bdi>{shown.gloss}</bdi>
        </span>
      )}
    </>
  );
}

/** Every word id a screen draws, in drawing order. */
export function screenWordIds(screen: ScreenView): string[] {
  return [
    screen.title,
    screen.back,
    ...screen.rows.flatMap((r) => [r.label, r.detail]),
    ...screen.apps.map((a) => a.label),
    ...screen.tabs.map((t) => t.label),
  ].filter((id): id is string => id !== undefined);
}

/** Whether the picture shows any translated (dashed) word, so the legend under it says what dashes mean. */
export function hasTranslatedWord(screen: ScreenView, rule: WordRule): boolean {
  return screenWordIds(screen).some((id) => {
    const word = rule.words[id];
    return word !== undefined && !showWord(word, rule.phoneLocale, rule.locale).known;
  });
}
