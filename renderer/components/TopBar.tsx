import { useTranslation } from 'react-i18next';
import { BigButton } from './BigButton.tsx';

interface Props {
  onStartOver: () => void;
  onHelp: () => void;
  onScamNow: () => void;
}

/** On every screen once a visit has begun: the way out, a person, and the emergency advice. */
export function TopBar({ onStartOver, onHelp, onScamNow }: Props) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <span className="top-bar__name">{t('app.name')}</span>
      <nav className="top-bar__actions">
        <BigButton variant="urgent" className="top-bar__scam-now" onClick={onScamNow}>
          {t('nav.scamNow')}
        </BigButton>
        <BigButton variant="secondary" className="top-bar__help" onClick={onHelp}>
          {t('nav.help')}
        </BigButton>
        <BigButton variant="quiet" className="top-bar__start-over" onClick={onStartOver}>
          {t('nav.startOver')}
        </BigButton>
      </nav>
    </header>
  );
}
