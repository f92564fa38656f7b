import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';

interface Props {
  locales: Locale[];
  /** Set when the visitor came back to change language: the same visit goes on. */
  visitId: string | null;
  /** The language the heading is in: each enabled language in turn. */
  titleLocale: Locale;
  onChosen: (locale: Locale, visitId: string) => void;
}

/** Native names only, no flags: a flag is a country, not a language. */
export function LanguageScreen({ locales, visitId, titleLocale, onChosen }: Props) {
  const { t, i18n } = useTranslation();
  const api = useKiosk();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const choose = async (locale: Locale) => {
    setBusy(true);
    setFailed(false);
    try {
      if (visitId) {
        await api.recordEvent({ visitId, kind: 'language_chosen', locale });
        onChosen(locale, visitId);
      } else {
        onChosen(locale, (await api.startVisit({ locale })).visitId);
      }
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <main className="screen language">
      {/* Turns through the enabled languages with the top bar: nobody has chosen one yet. */}
      <ScreenHeading>
        <span lang={LOCALE_INFO[titleLocale].htmlLang} dir={LOCALE_INFO[titleLocale].dir}>
          {i18n.getFixedT(titleLocale)('language.title')}
        </span>
      </ScreenHeading>
      <ul className="language__list">
        {locales.map((code) => {
          const info = LOCALE_INFO[code];
          return (
            <li key={code}>
              <BigButton className="language__choice" lang={info.htmlLang} dir={info.dir} disabled={busy} onClick={() => void choose(code)}>
                {info.nativeName}
              </BigButton>
            </li>
          );
        })}
      </ul>
      {failed && (
        <p className="screen__error" role="alert">
          {t('status.error')}
        </p>
      )}
    </main>
  );
}
