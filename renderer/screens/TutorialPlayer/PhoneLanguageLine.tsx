import { useTranslation } from 'react-i18next';
import type { PhoneLocale } from '../../../shared/phone-picture.ts';
import { BigButton } from '../../components/BigButton.tsx';
import type { JourneyAction } from '../../flow/journey.ts';
import { usePhoneLanguageName } from '../PhoneLanguage/PhoneLanguageChoices.tsx';

/**
 * "Phone menus: 繁體中文 — Change", by the picture: the visitor who finds the words do not match their
 * phone changes the answer here and comes back to the same step (issue 17).
 */
export function PhoneLanguageLine({
  phoneLocale,
  dispatch,
}: {
  phoneLocale: PhoneLocale;
  dispatch: (action: JourneyAction) => void;
}) {
  const { t } = useTranslation();
  const name = usePhoneLanguageName(phoneLocale);
  return (
    <p className="phone-language__line">
      <span dir="auto">{t('phoneLanguage.current', { language: name })}</span>{' '}
      <BigButton
        variant="quiet"
        className="phone-language__change"
        onClick={() => dispatch({ type: 'openOverlay', overlay: 'phoneLanguage' })}
      >
        {t('phoneLanguage.change')}
      </BigButton>
    </p>
  );
}
