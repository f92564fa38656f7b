import { useTranslation } from 'react-i18next';
import { LOCALES, LOCALE_INFO, type Locale } from '../../../shared/locales.ts';
import type { PhoneLocale } from '../../../shared/phone-picture.ts';
import { BigButton } from '../../components/BigButton.tsx';
import { LanguageChoices } from '../../components/LanguageChoices.tsx';

/**
 * The phone languages in the order asked: the visitor's reading language first (the likeliest), English
 * second (a phone a grandchild set up, or left as it came), then the others. Every language the
 * dictionary knows is offered, not only the ones this kiosk reads: a phone's language is not the centre's.
 */
export function phoneLanguageOrder(reading: Locale): Locale[] {
  return [reading, ...(reading === 'en' ? [] : ['en' as const]), ...LOCALES.filter((l) => l !== reading && l !== 'en')];
}

/** The phone language's own name ("繁體中文", "English"), or "I don't know" in the visitor's words. */
export function usePhoneLanguageName(phone: PhoneLocale): string {
  const { t } = useTranslation();
  return phone === 'unknown' ? t('phoneLanguage.dontKnow') : LOCALE_INFO[phone].nativeName;
}

/**
 * "Your phone's menus are in:" answered with one big button per language, each in its own name, script
 * and direction (as on the language screen), then "I don't know"; one help line says how to tell.
 * The screen after the reading language and the tutorial screen's "Change" both draw it.
 */
export function PhoneLanguageChoices({
  reading,
  chosen,
  onChoose,
}: {
  reading: Locale;
  /** The earlier answer, shown as chosen (a visitor who came back, or "Change"). */
  chosen: PhoneLocale | null;
  onChoose: (phone: PhoneLocale) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="phone-language__choices">
      <p className="phone-language__help">{t('phoneLanguage.help')}</p>
      <LanguageChoices
        locales={phoneLanguageOrder(reading)}
        disabled={false}
        onChoose={onChoose}
        {...(chosen !== null && chosen !== 'unknown' && { chosen })}
      />
      <BigButton
        variant="secondary"
        className={`phone-language__dont-know${chosen === 'unknown' ? ' choice--chosen' : ''}`}
        {...(chosen !== null && { 'aria-pressed': chosen === 'unknown' })}
        onClick={() => onChoose('unknown')}
      >
        {t('phoneLanguage.dontKnow')}
      </BigButton>
    </div>
  );
}
