import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import { BigButton } from './BigButton.tsx';

/**
 * One big button per language, each in its own name, script and direction: the visitor's language
 * screen and the staff tools' "which language?" share it, so both read the same to a visitor.
 */
export function LanguageChoices({
  locales,
  disabled,
  onChoose,
  chosen,
}: {
  locales: Locale[];
  disabled: boolean;
  onChoose: (locale: Locale) => void;
  /** report-screen: a choice that stays on screen (the report's language) shows which one is chosen. */
  chosen?: Locale;
}) {
  return (
    <ul className="language__list">
      {locales.map((code) => {
        const info = LOCALE_INFO[code];
        return (
          <li key={code}>
            <BigButton
              className={`language__choice${code === chosen ? ' choice--chosen' : ''}`}
              {...(chosen !== undefined && { 'aria-pressed': code === chosen })}
              lang={info.htmlLang}
              dir={info.dir}
              disabled={disabled}
              onClick={() => onChoose(code)}
            >
              {info.nativeName}
            </BigButton>
          </li>
        );
      })}
    </ul>
  );
}
