import { useState } from 'react';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { Modal } from '../../components/Modal.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';

/**
 * Asked before the kiosk program ends for maintenance: nobody can use the kiosk until it is started
 * again, so one mis-tap must not do it. The staff session is the PIN; this is the confirmation. Staying
 * is the big answer and comes first, and Escape stays too.
 */
export function ExitKioskConfirm({ onStay }: { onStay: () => void }) {
  const t = useStaffText();
  const api = useKiosk();
  const [state, setState] = useState<'asking' | 'exiting' | 'failed'>('asking');
  const exit = () => {
    setState('exiting');
    api.exitKiosk({}).then(
      () => undefined,
      () => setState('failed'),
    );
  };
  return (
    <Modal labelledBy="exit-kiosk-title" className="confirm-end exit-kiosk" onClose={onStay}>
      <div {...STAFF_LANG}>
        <h2 id="exit-kiosk-title" className="modal__title">
          {t('staff.pinLife.exitTitle')}
        </h2>
        <p className="confirm-end__body">{t('staff.pinLife.exitBody')}</p>
        <div className="resume__problem" role="alert">
          {state === 'failed' && <p>{t('staff.pinLife.exitFailed')}</p>}
        </div>
        <p className="staff__status" role="status">
          {state === 'exiting' && t('staff.pinLife.exiting')}
        </p>
        <div className="confirm-end__actions">
          <BigButton className="confirm-end__keep" onClick={onStay}>
            {t('staff.pinLife.exitNo')}
          </BigButton>
          <BigButton variant="secondary" className="confirm-end__end" disabled={state === 'exiting'} onClick={exit}>
            {t('staff.pinLife.exitYes')}
          </BigButton>
        </div>
      </div>
    </Modal>
  );
}
