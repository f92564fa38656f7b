import { useState } from 'react';
import { RecoveryCodeScreen } from '../RecoveryCodeScreen.tsx';
import { SetupScreen } from './SetupScreen.tsx';

/**
 * First-run setup, then its recovery code. The code lives only here, in this screen's memory, until
 * staff confirm they wrote it down: never in the journey's state, which a timed-out visit parks.
 * `onSetUp` runs as soon as the core has stored the settings, so the kiosk behind uses them at once.
 */
export function SetupFlow({
  onSetUp,
  onDone,
  onCancel,
}: {
  onSetUp: () => void;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [code, setCode] = useState<string | null>(null);
  if (code !== null) return <RecoveryCodeScreen code={code} onDone={onDone} />;
  return (
    <SetupScreen
      onCancel={onCancel}
      onSetUp={(answer) => {
        setCode(answer.recoveryCode);
        onSetUp();
      }}
    />
  );
}
