import { useTranslation } from 'react-i18next';
import { BigButton } from '../../components/BigButton.tsx';
import { Modal } from '../../components/Modal.tsx';
import { SPEECH_RATES, TEXT_SIZES, THEMES, type DisplayChoices } from '../../flow/journey.ts';

interface Props {
  display: DisplayChoices;
  speechAvailable: boolean;
  onChange: (choices: Partial<DisplayChoices>) => void;
  onClose: () => void;
}

/** Text size, colours and reading speed, chosen on any screen; each colour scheme says what it is. */
export function DisplayPanel({ display, speechAvailable, onChange, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal labelledBy="display-title" className="display" onClose={onClose}>
      <h2 id="display-title" className="modal__title">
        {t('display.title')}
      </h2>
      {/* The choices scroll; Done never leaves the screen, even right after the text was made huge. */}
      <div className="modal__body" tabIndex={0} role="group" aria-labelledby="display-title">
        <fieldset className="display__group">
          <legend>{t('display.textSize')}</legend>
          <div className="display__sizes">
            {TEXT_SIZES.map((size) => (
              <button
                key={size}
                type="button"
                className={`choice choice--size-${size}${display.textSize === size ? ' choice--chosen' : ''}`}
                aria-pressed={display.textSize === size}
                onClick={() => onChange({ textSize: size })}
              >
                <span className="choice__sample" aria-hidden="true">
                  {t('display.sample')}
                </span>
                <span>{t(`display.size.${size}`)}</span>
              </button>
            ))}
          </div>
        </fieldset>
        <fieldset className="display__group">
          <legend>{t('display.colours')}</legend>
          <div className="display__themes">
            {THEMES.map((theme) => (
              <button
                key={theme}
                type="button"
                className={`choice choice--theme choice--${theme}${display.theme === theme ? ' choice--chosen' : ''}`}
                aria-pressed={display.theme === theme}
                onClick={() => onChange({ theme })}
              >
                <span className="choice__name">{t(`display.theme.${theme}.name`)}</span>
                <span className="choice__description">{t(`display.theme.${theme}.description`)}</span>
              </button>
            ))}
          </div>
        </fieldset>
        {speechAvailable && (
          <fieldset className="display__group">
            <legend>{t('display.speechRate')}</legend>
            <div className="display__rates">
              {SPEECH_RATES.map((rate) => (
                <button
                  key={rate}
                  type="button"
                  className={`choice${display.speechRate === rate ? ' choice--chosen' : ''}`}
                  aria-pressed={display.speechRate === rate}
                  onClick={() => onChange({ speechRate: rate })}
                >
                  {t(`display.rate.${rate}`)}
                </button>
              ))}
            </div>
          </fieldset>
        )}
      </div>
      <BigButton className="modal__close" onClick={onClose}>
        {t('display.close')}
      </BigButton>
    </Modal>
  );
}
