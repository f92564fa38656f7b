import { useState } from 'react';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { useStaffText } from '../../staff/staff-text.ts';
import { CodeSteps, explainLock } from './CodeSteps.tsx';
import { RecoveryCodeScreen } from './RecoveryCodeScreen.tsx';

/**
 * The first staff PIN of a kiosk kiosk.json provisioned (no first-run setup there). When kiosk.json
 * carries a setup code, it is asked first: whoever installed the kiosk chose it, so a passer-by who
 * opens the pad first cannot choose the PIN. Then the PIN twice, then the recovery code, once.
 */
export function FirstPinScreen({
  needsCode,
  onSignedIn,
  onCancel,
}: {
  needsCode: boolean;
  onSignedIn: () => void;
  onCancel: () => void;
}) {
  const t = useStaffText();
  const api = useKiosk();
  const [code, setCode] = useState<string | null>(null);
  if (code) return <RecoveryCodeScreen code={code} onDone={onSignedIn} />;
  return (
    <CodeSteps
      id="staff-first-pin"
      title={t('staff.pinLife.firstTitle')}
      hint={needsCode ? t('staff.pinLife.firstHintCode') : t('staff.pinLife.firstHint')}
      steps={needsCode ? ['setup', 'newPin', 'again'] : ['newPin', 'again']}
      labels={{
        setup: t('staff.pinLife.setupLabel'),
        newPin: t('staff.pinLife.newPin'),
        again: t('staff.pinLife.again'),
      }}
      submitLabel={t('staff.pinLife.save')}
      cancelLabel={t('staff.pin.cancel')}
      onSubmit={async ({ setup, newPin }) => {
        const answer = await api.setStaffPin({ pin: newPin ?? '', ...(setup && { setupCode: setup }) });
        setCode(answer.recoveryCode);
      }}
      explain={(error) =>
        explainLock(t, error, { step: needsCode ? 'setup' : 'newPin', key: 'staff.pinLife.wrongSetup' })
      }
      onCancel={onCancel}
    />
  );
}
