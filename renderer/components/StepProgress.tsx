import { useTranslation } from 'react-i18next';

/** "Step 2 of 5" in words, with a bar for those who read it at a glance. */
export function StepProgress({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation();
  return (
    <div className="step-progress">
      <p className="step-progress__text">{t('player.step', { current, total })}</p>
      <div className="step-progress__bar" aria-hidden="true">
        {Array.from({ length: total }, (_, i) => (
          <span key={i} className={`step-progress__dot${i < current ? ' step-progress__dot--done' : ''}`} />
        ))}
      </div>
    </div>
  );
}
