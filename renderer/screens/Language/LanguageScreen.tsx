import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';
import { LanguageChoices } from '../../components/LanguageChoices.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';

interface Props {
  locales: Locale[];
  /** The language the heading is in: each enabled language in turn. */
  titleLocale: Locale;
  /** The visit goes on (or starts) on the side: the next screen comes at once (flow/use-language-choice.ts). */
  onChosen: (locale: Locale) => void;
}

/** Native names only, no flags: a flag is a country, not a language. */
export function LanguageScreen({ locales, titleLocale, onChosen }: Props) {
  const { i18n } = useTranslation();
  // One choice per showing: a second tap that lands before the next screen must not start a second visit.
  const chosen = useRef(false);
  const choose = (locale: Locale) => {
    if (chosen.current) return;
    chosen.current = true;
    onChosen(locale);
  };

  return (
    <main className="screen language">
      {/* Turns through the enabled languages with the top bar: nobody has chosen one yet. */}
      <ScreenHeading>
        <span lang={LOCALE_INFO[titleLocale].htmlLang} dir={LOCALE_INFO[titleLocale].dir}>
          {i18n.getFixedT(titleLocale)('language.title')}
        </span>
      </ScreenHeading>
      <LanguageChoices locales={locales} disabled={false} onChoose={choose} />
    </main>
  );
}
