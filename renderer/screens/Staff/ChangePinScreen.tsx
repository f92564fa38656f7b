import { useState } from 'react';
import { KioskError } from '../../../shared/errors.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';
import { CodeSteps, explainLock } from './CodeSteps.tsx';

/**
 * A new staff PIN from staff home. The current PIN is asked again although staff are signed in: a
 * session a volunteer left open must not let a passer-by change it. The recovery code stays as it was.
 */
export function ChangePinScreen({ onBack, onSessionLost }: { onBack: () => void; onSessionLost: () => void }) {
  const t = useStaffText();
  const api = useKiosk();
  const [changed, setChanged] = useState(false);
  if (changed)
    return (
      <main className="screen staff staff-change-pin" {...STAFF_LANG}>
        <ScreenHeading>{t('staff.pinLife.changeTitle')}</ScreenHeading>
        <p className="staff__done" role="status">
          {t('staff.pinLife.changed')}
        </p>
        <nav className="step-nav">
          <BigButton variant="secondary" className="step-nav__back" onClick={onBack}>
            {t('staff.back')}
          </BigButton>
        </nav>
      </main>
    );
  return (
    <CodeSteps
      id="staff-change-pin"
      title={t('staff.pinLife.changeTitle')}
      hint={t('staff.pinLife.changeHint')}
      steps={['pin', 'newPin', 'again']}
      labels={{
        pin: t('staff.pinLife.currentPin'),
        newPin: t('staff.pinLife.newPin'),
        again: t('staff.pinLife.again'),
      }}
      submitLabel={t('staff.pinLife.save')}
      cancelLabel={t('staff.back')}
      onSubmit={async ({ pin, newPin }) => {
        try {
          await api.changeStaffPin({ currentPin: pin ?? '', newPin: newPin ?? '' });
          setChanged(true);
        } catch (error) {
          // The session ended meanwhile (five quiet minutes): back to the pad, as every staff screen does.
          if (error instanceof KioskError && error.code === 'unauthorized') onSessionLost();
          else throw error;
        }
      }}
      explain={(error) => explainLock(t, error, { step: 'pin', key: 'staff.pin.wrong' })}
      onCancel={onBack}
    />
  );
}
