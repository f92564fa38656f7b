import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locales.ts';
import type { PhoneLocale } from '../../../shared/phone-picture.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { Modal } from '../../components/Modal.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { PhoneLanguageChoices } from './PhoneLanguageChoices.tsx';
import { BackButton } from '../../components/BackButton.tsx';
import type { JourneyAction } from '../../flow/journey.ts';

interface Props {
  /** The visitor's reading language: offered first, and what "I don't know" stands for. */
  reading: Locale;
  chosen: PhoneLocale | null;
  onChoose: (phone: PhoneLocale) => void;
}

/**
 * Asked once, right after the reading language (issue 17, ux audit M3): phones are often set up by a
 * grandchild, in a language other than the one the visitor reads. Every step's words follow the answer.
 */
export function PhoneLanguageScreen({ dispatch, ...props }: Props & { dispatch: (action: JourneyAction) => void }) {
  const { t } = useTranslation();
  return (
    <main className="screen language phone-language">
      <ScreenHeading>{t('phoneLanguage.title')}</ScreenHeading>
      <PhoneLanguageChoices {...props} />
      {/* Back to the reading language, as from the first question. */}
      <nav className="step-nav">
        <BackButton dispatch={dispatch} />
      </nav>
    </main>
  );
}

/** The same choice from a guide's step ("Phone menus: … Change"): closing it, or choosing, goes back to the step. */
export function PhoneLanguageOverlay({ onClose, ...props }: Props & { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal labelledBy="phone-language-title" className="phone-language phone-language--overlay" onClose={onClose}>
      <h2 id="phone-language-title" className="modal__title">
        {t('phoneLanguage.title')}
      </h2>
      <PhoneLanguageChoices {...props} />
      <BigButton variant="secondary" className="modal__close" onClick={onClose}>
        {t('display.close')}
      </BigButton>
    </Modal>
  );
}
