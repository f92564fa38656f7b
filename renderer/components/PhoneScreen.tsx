import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locales.ts';
import type { PhoneLocale, PhoneWordView, ScreenView } from '../../shared/phone-picture.ts';
import { showWord } from '../../shared/phone-words.ts';

/**
 * INTERIM (issue 17 contract): the screen's rows by word id, shown through the one word rule. The
 * drawing with frames, icons, header and gestures replaces this (renderer/components/phone/).
 */
export function PhoneScreen({
  screen,
  words,
  phoneLocale,
  locale,
}: {
  screen: ScreenView;
  words: Readonly<Record<string, PhoneWordView>>;
  phoneLocale: PhoneLocale;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const say = (id: string | undefined) => {
    const word = id ? words[id] : undefined;
    return word ? showWord(word, phoneLocale, locale).shown : (id ?? '');
  };
  return (
    <figure className="phone" aria-label={t('phone.picture', { title: say(screen.title) })}>
      <div className="phone__frame">
        <p className="phone__title" dir="auto">
          {say(screen.title)}
        </p>
        <ul className="phone__rows">
          {screen.rows.map((row, i) => (
            <li key={i} className={`phone__row${row.target ? ' phone__row--target' : ''}`}>
              <span className="phone__label" dir="auto">
                {say(row.label)}
              </span>
              {row.target && <span className="phone__tap">{t('phone.tapHere')}</span>}
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
