import { useTranslation } from 'react-i18next';
import { BigButton } from './BigButton.tsx';

/** What a screen shows while its data loads, or when loading failed: never a blank screen. */
export function CallStatus({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  if (!failed) {
    return (
      <p className="call-status" role="status">
        {t('status.loading')}
      </p>
    );
  }
  return (
    <div className="call-status" role="alert">
      <p>{t('status.error')}</p>
      <BigButton onClick={onRetry}>{t('status.tryAgain')}</BigButton>
    </div>
  );
}
