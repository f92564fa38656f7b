import { useTranslation } from 'react-i18next';
import { BigButton } from './BigButton.tsx';

/** Always there once a visit has begun: the way out for anyone who feels lost. */
export function TopBar({ onStartOver }: { onStartOver: () => void }) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <span className="top-bar__name">{t('app.name')}</span>
      <BigButton variant="quiet" onClick={onStartOver}>
        {t('nav.startOver')}
      </BigButton>
    </header>
  );
}
