import { useTranslation } from 'react-i18next';
import { BigButton } from './BigButton.tsx';
import { Modal } from './Modal.tsx';

/**
 * Asked before a visit ends on purpose ("Start over", "Finish"): one mis-tap, or a volunteer who
 * thought "start over" meant "back to step 1", must not wipe a visit. The safe answer is the big one
 * and comes first; Escape and the backdrop keep going too.
 */
export function ConfirmEnd({
  kind,
  onKeep,
  onEnd,
}: {
  kind: 'startOver' | 'finish';
  onKeep: () => void;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal labelledBy="confirm-end-title" className="confirm-end" onClose={onKeep}>
      <h2 id="confirm-end-title" className="modal__title">
        {kind === 'startOver' ? t('confirmEnd.startOverTitle') : t('confirmEnd.finishTitle')}
      </h2>
      <p className="confirm-end__body">{t('confirmEnd.body')}</p>
      <div className="confirm-end__actions">
        <BigButton className="confirm-end__keep" onClick={onKeep}>
          {t('confirmEnd.keep')}
        </BigButton>
        <BigButton variant="secondary" className="confirm-end__end" onClick={onEnd}>
          {kind === 'startOver' ? t('confirmEnd.startOverYes') : t('confirmEnd.finishYes')}
        </BigButton>
      </div>
    </Modal>
  );
}
