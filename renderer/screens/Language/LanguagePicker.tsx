import { useTranslation } from 'react-i18next';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';
import { BigButton } from '../../components/BigButton.tsx';
import { Modal } from '../../components/Modal.tsx';

/**
 * Changing the visitor's language mid-visit, from the top bar: the plan, the guide and the step stay
 * where they are (a volunteer can show the same step in English and switch back).
 */
export function LanguagePicker({
  locales,
  current,
  onChoose,
  onClose,
}: {
  locales: Locale[];
  current: Locale;
  onChoose: (locale: Locale) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal labelledBy="language-picker-title" className="language-picker" onClose={onClose}>
      <h2 id="language-picker-title" className="modal__title">
        {t('language.title')}
      </h2>
      <ul className="language__list">
        {locales.map((code) => {
          const info = LOCALE_INFO[code];
          return (
            <li key={code}>
              <BigButton
                variant={code === current ? 'primary' : 'secondary'}
                className="language__choice"
                lang={info.htmlLang}
                dir={info.dir}
                aria-pressed={code === current}
                onClick={() => onChoose(code)}
              >
                {info.nativeName}
              </BigButton>
            </li>
          );
        })}
      </ul>
      <BigButton variant="secondary" className="modal__close" onClick={onClose}>
        {t('display.close')}
      </BigButton>
    </Modal>
  );
}
