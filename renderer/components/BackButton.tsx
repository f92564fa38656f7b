import { useTranslation } from 'react-i18next';
import type { JourneyAction } from '../flow/journey.ts';
import { BigButton } from './BigButton.tsx';

export function BackButton({ dispatch }: { dispatch: (action: JourneyAction) => void }) {
  const { t } = useTranslation();
  return (
    <BigButton variant="secondary" className="step-nav__back" onClick={() => dispatch({ type: 'back' })}>
      {t('nav.back')}
    </BigButton>
  );
}
