import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { visitForLanguage } from '../../flow/start-visit.ts';
import { LanguageChoices } from '../../components/LanguageChoices.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';

interface Props {
  locales: Locale[];
  /** Set when the visitor came back to change language: the same visit goes on. */
  visitId: string | null;
  /** The language the heading is in: each enabled language in turn. */
  titleLocale: Locale;
  onChosen: (locale: Locale, visitId: string) => void;
  /** A visit staff started ("Help a visitor"). */
  assisted?: boolean;
}

/** Native names only, no flags: a flag is a country, not a language. */
export function LanguageScreen({ locales, visitId, titleLocale, onChosen, assisted = false }: Props) {
  const { i18n } = useTranslation();
  const api = useKiosk();
  const [busy, setBusy] = useState(false);

  // Never an error here: a visit log that cannot be written must not keep anyone from their language.
  const choose = async (locale: Locale) => {
    setBusy(true);
    onChosen(locale, await visitForLanguage(api, locale, visitId, assisted));
  };

  return (
    <main className="screen language">
      {/* Turns through the enabled languages with the top bar: nobody has chosen one yet. */}
      <ScreenHeading>
        <span lang={LOCALE_INFO[titleLocale].htmlLang} dir={LOCALE_INFO[titleLocale].dir}>
          {i18n.getFixedT(titleLocale)('language.title')}
        </span>
      </ScreenHeading>
      <LanguageChoices locales={locales} disabled={busy} onChoose={(code) => void choose(code)} />
    </main>
  );
}
