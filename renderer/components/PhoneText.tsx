import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { PhoneLocale, PhoneWordView } from '../../shared/phone-picture.ts';
import { phoneLanguage, phoneTextParts, withGloss, type PhoneTextPart } from '../../shared/phone-words.ts';
import { LtrText } from './LtrText.tsx';

type Words = Readonly<Record<string, PhoneWordView>>;

/**
 * A step's text, tip or check with its `{{id}}` phone words shown by the one rule (shared/phone-words.ts),
 * the same rule the picture and the printed sheet follow (issue 17, ux audit M3):
 * - a word the phone shows in its language: that word, bold, isolated in the phone language's direction
 *   (an English "Settings" inside an Arabic sentence stays whole and in place), with its meaning beside it
 *   in the visitor's punctuation when the visitor reads another language: "Settings（設定）";
 * - a word not known in the phone's language: its meaning, dashed, marked as a translation, so the visitor
 *   looks for the place and not for those letters.
 * The runs between the words go through LtrText (numbers and addresses isolated left to right).
 * Its text content is exactly `phoneTextPlain` of the same text, so read-aloud (which reads the screen)
 * says what the visitor sees.
 */
export function PhoneText({
  text,
  words,
  phone,
  reading,
}: {
  text: string;
  words: Words;
  phone: PhoneLocale;
  /** The language the text is written in (the tutorial's, which may have fallen back to English). */
  reading: Locale;
}) {
  const phoneInfo = LOCALE_INFO[phoneLanguage(phone, reading)];
  return (
    <>
      {phoneTextParts(text, words, phone, reading).map((part, i) =>
        'text' in part ? (
          <LtrText key={i} text={part.text} />
        ) : part.known ? (
          <span key={i} className="phone-word" data-word={part.id}>
            <bdi className="phone-word__own" lang={phoneInfo.htmlLang} dir={phoneInfo.dir}>
              {part.shown}
            </bdi>
            {part.gloss !== undefined && (
              <span className="phone-word__gloss">{withGloss('', part.gloss, reading)}</span>
            )}
          </span>
        ) : (
          <span key={i} className="phone-word phone-word--translated" data-word={part.id}>
            {part.shown}
          </span>
        ),
      )}
    </>
  );
}

/** Whether any of these texts shows a phone word as a translation: the step then says what the dashes mean. */
export function anyTranslated(texts: Array<string | undefined>, words: Words, phone: PhoneLocale, reading: Locale) {
  return texts.some(
    (text) =>
      text !== undefined &&
      phoneTextParts(text, words, phone, reading).some((p: PhoneTextPart) => !('text' in p) && !p.known),
  );
}
