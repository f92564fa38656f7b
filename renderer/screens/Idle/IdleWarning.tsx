import { useTranslation } from 'react-i18next';
import { BigButton } from '../../components/BigButton.tsx';
import { Modal } from '../../components/Modal.tsx';

/** "Are you still there?": large, with the seconds left, and one big way to stay. */
export function IdleWarning({ secondsLeft, onStay }: { secondsLeft: number; onStay: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal labelledBy="idle-title" className="idle" onClose={onStay}>
      <h2 id="idle-title" className="modal__title">
        {t('idle.title')}
      </h2>
      <p className="idle__countdown" role="timer" aria-live="assertive">
        {t('idle.countdown', { seconds: secondsLeft })}
      </p>
      <BigButton className="modal__close idle__stay" onClick={onStay}>
        {t('idle.stay')}
      </BigButton>
    </Modal>
  );
}
