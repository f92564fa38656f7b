import { BigButton } from '../../components/BigButton.tsx';
import { useStaffText } from '../../staff/staff-text.ts';

/** Loading, or the call failed: in English, with a retry. */
export function StaffLoading({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  const t = useStaffText();
  return failed ? (
    <div role="alert" className="staff__status">
      <p>{t('staff.pin.error')}</p>
      <BigButton variant="secondary" onClick={onRetry}>
        {t('staff.health.refresh')}
      </BigButton>
    </div>
  ) : (
    <p className="staff__status" role="status">
      {t('staff.loading')}
    </p>
  );
}
