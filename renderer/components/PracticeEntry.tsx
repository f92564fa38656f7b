import { useTranslation } from 'react-i18next';
import type { JourneyAction } from '../flow/journey.ts';
import { BigButton } from './BigButton.tsx';

/** "Practise a scam call" (issue 20): on the plan, the guides' list and the last screen. */
export function PracticeEntry({ dispatch }: { dispatch: (action: JourneyAction) => void }) {
  const { t } = useTranslation();
  return (
    <BigButton variant="secondary" className="practice-open" onClick={() => dispatch({ type: 'openPractice' })}>
      {t('practice.open')}
    </BigButton>
  );
}
