import { useState } from 'react';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { useStaffText } from '../../staff/staff-text.ts';
import { CodeSteps, explainLock } from './CodeSteps.tsx';
import { RecoveryCodeScreen } from './RecoveryCodeScreen.tsx';

/**
 * A forgotten PIN: the recovery code on its letter keys, then a new PIN twice. A wrong code counts
 * against the same lock as a wrong PIN and is said the same way. The old code is spent: the new one
 * is shown once.
 */
export function RecoverPinScreen({ onSignedIn, onCancel }: { onSignedIn: () => void; onCancel: () => void }) {
  const t = useStaffText();
  const api = useKiosk();
  const [code, setCode] = useState<string | null>(null);
  if (code) return <RecoveryCodeScreen code={code} onDone={onSignedIn} />;
  return (
    <CodeSteps
      id="staff-recover"
      title={t('staff.pinLife.recoverTitle')}
      hint={t('staff.pinLife.recoverHint')}
      steps={['recovery', 'newPin', 'again']}
      labels={{
        recovery: t('staff.pinLife.recoveryLabel'),
        newPin: t('staff.pinLife.newPin'),
        again: t('staff.pinLife.again'),
      }}
      submitLabel={t('staff.pinLife.save')}
      cancelLabel={t('staff.pinLife.backToPad')}
      onSubmit={async ({ recovery, newPin }) => {
        const answer = await api.staffRecover({ recoveryCode: recovery ?? '', newPin: newPin ?? '' });
        setCode(answer.recoveryCode);
      }}
      explain={(error) => explainLock(t, error, { step: 'recovery', key: 'staff.pinLife.wrongRecovery' })}
      onCancel={onCancel}
    />
  );
}
