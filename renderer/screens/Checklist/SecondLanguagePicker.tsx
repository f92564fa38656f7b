import { useTranslation } from 'react-i18next';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';

interface Props {
  /** The visitor's language: always printed first, so not offered again. */
  locale: Locale;
  enabled: Locale[];
  second: Locale | null;
  /** While a sheet prints: it must stay the sheet the visitor sees. */
  disabled?: boolean;
  onChange: (second: Locale | null) => void;
  /** The language of the picker's own words when it is not the visitor's: 'en' on a staff screen. */
  textLang?: 'en';
}

/** "Add a second language for your family": each language named in its own script, as the family reads it. */
export function SecondLanguagePicker({ locale, enabled, second, disabled = false, onChange, textLang }: Props) {
  const { t } = useTranslation(undefined, { lng: textLang });
  const others = enabled.filter((l) => l !== locale);
  if (others.length === 0) return null;
  return (
    <fieldset className="second-language" disabled={disabled}>
      <legend>{t('checklist.second')}</legend>
      <div className="second-language__choices">
        <button
          type="button"
          className={`choice${second === null ? ' choice--chosen' : ''}`}
          aria-pressed={second === null}
          onClick={() => onChange(null)}
        >
          {t('checklist.noSecond')}
        </button>
        {others.map((l) => (
          <button
            key={l}
            type="button"
            className={`choice${second === l ? ' choice--chosen' : ''}`}
            aria-pressed={second === l}
            lang={LOCALE_INFO[l].htmlLang}
            dir={LOCALE_INFO[l].dir}
            onClick={() => onChange(l)}
          >
            {LOCALE_INFO[l].nativeName}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
