import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskSettings } from '../../../shared/settings-schema.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useLogOnce } from '../../flow/use-log-once.ts';
import { playChime } from './chime.ts';
import { InEnglish, useEnglishT } from '../../staff/assist-context.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';

interface Props {
  visitId: string | null;
  help: KioskSettings['help'];
  onClose: () => void;
  /** staff-assist: during an assisted visit, the way to the For-staff panel. */
  onForStaff?: (() => void) | undefined;
}

/** "I need help": where staff are, a soft chime so they notice, and a log entry for the centre. */
export function HelpOverlay({ visitId, help, onClose, onForStaff }: Props) {
  const { t } = useTranslation();
  const en = useEnglishT();
  const staffText = useStaffText();
  const api = useKiosk();
  useLogOnce(api, visitId ? { visitId, kind: 'help_requested' } : null);
  useEffect(() => {
    if (help.chime) playChime();
  }, [help.chime]);

  return (
    <Modal labelledBy="help-title" className="help" onClose={onClose}>
      <h2 id="help-title" className="modal__title">
        {t('help.title')}
        <InEnglish text={en('help.title')} />
      </h2>
      <p>
        {t('help.body')}
        <InEnglish text={en('help.body')} />
      </p>
      {help.staffLocation && (
        <p className="help__where" dir="auto">
          {t('help.where', { place: help.staffLocation })}
          <InEnglish text={en('help.where', { place: help.staffLocation })} />
        </p>
      )}
      {onForStaff && (
        <BigButton variant="secondary" className="help__for-staff" onClick={onForStaff} {...STAFF_LANG}>
          {staffText('staff.assist.openPanel')}
        </BigButton>
      )}
      <BigButton className="modal__close" onClick={onClose}>
        {t('help.close')}
      </BigButton>
    </Modal>
  );
}
