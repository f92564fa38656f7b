import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { BigButton } from './BigButton.tsx';
import { ConfirmEnd } from './ConfirmEnd.tsx';

interface Props {
  onStartOver: () => void;
  onHelp: () => void;
  onScamNow: () => void;
  onAfterScam: () => void;
  onDisplay: () => void;
  /** Absent when the OS has no voice for the visitor's language: then there is no button. */
  onReadAloud?: (() => void) | undefined;
}

/** On every screen once a visit has begun: the way out, a person, the two urgent cards, and how it looks and sounds. */
export function TopBar({ onStartOver, onHelp, onScamNow, onAfterScam, onDisplay, onReadAloud }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <header className="top-bar">
      <span className="top-bar__name">{t('app.name')}</span>
      <nav className="top-bar__actions" aria-label={t('nav.label')}>
        <BigButton variant="urgent" className="top-bar__scam-now" onClick={onScamNow}>
          {t('nav.scamNow')}
        </BigButton>
        <BigButton variant="urgent" className="top-bar__after-scam" onClick={onAfterScam}>
          {t('nav.afterScam')}
        </BigButton>
        <BigButton variant="secondary" className="top-bar__help" onClick={onHelp}>
          {t('nav.help')}
        </BigButton>
        {onReadAloud && (
          <BigButton variant="secondary" className="top-bar__read-aloud" onClick={onReadAloud}>
            <svg className="top-bar__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            {t('nav.readAloud')}
          </BigButton>
        )}
        <BigButton variant="secondary" className="top-bar__display" onClick={onDisplay}>
          <span className="top-bar__sample" aria-hidden="true">
            {t('display.sample')}
          </span>
          {t('nav.display')}
        </BigButton>
        <BigButton variant="quiet" className="top-bar__start-over" onClick={() => setAsking(true)}>
          {t('nav.startOver')}
        </BigButton>
      </nav>
      {asking && (
        <ConfirmEnd
          kind="startOver"
          onKeep={() => setAsking(false)}
          onEnd={() => {
            setAsking(false);
            onStartOver();
          }}
        />
      )}
    </header>
  );
}
