import type { ParseKeys } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import { BigButton } from './BigButton.tsx';
import { ChromeIcon } from './ChromeIcon.tsx';
import { ConfirmEnd } from './ConfirmEnd.tsx';

interface Props {
  /** The language the bar speaks: the visitor's, or, before one is chosen, each enabled language in turn. */
  chromeLocale: Locale;
  onStartOver: () => void;
  onHelp: () => void;
  onScamNow: () => void;
  onAfterScam: () => void;
  /** Absent on the restart screen after a fault, where there is no visit to change. */
  onDisplay?: (() => void) | undefined;
  /** Once a language is chosen: the button to change it without losing the place. */
  onLanguage?: (() => void) | undefined;
  /** Absent when the OS has no voice for the visitor's language: then there is no button. */
  onReadAloud?: (() => void) | undefined;
}

/** On every screen once a visit has begun: the two urgent cards, a person, the language, how it looks and sounds, and the way out. */
export function TopBar({
  chromeLocale,
  onStartOver,
  onHelp,
  onScamNow,
  onAfterScam,
  onDisplay,
  onLanguage,
  onReadAloud,
}: Props) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(chromeLocale);
  const info = LOCALE_INFO[chromeLocale];
  const [asking, setAsking] = useState(false);
  // Each label carries its own language, so a cycling bar is read (and voiced) in the right one.
  const say = (key: ParseKeys): ReactNode => (
    <span lang={info.htmlLang} dir={info.dir} className="top-bar__label">
      {t(key)}
    </span>
  );
  return (
    <header className="top-bar">
      <span className="top-bar__name">{t('app.name')}</span>
      <nav className="top-bar__actions" aria-label={t('nav.label')}>
        <BigButton variant="urgent" className="top-bar__scam-now" onClick={onScamNow}>
          <ChromeIcon name="call-alert" />
          {say('nav.scamNow')}
        </BigButton>
        <BigButton variant="urgent" className="top-bar__after-scam" onClick={onAfterScam}>
          <ChromeIcon name="money-stop" />
          {say('nav.afterScam')}
        </BigButton>
        <BigButton variant="secondary" className="top-bar__help" onClick={onHelp}>
          <ChromeIcon name="hand" />
          {say('nav.help')}
        </BigButton>
        {onLanguage && (
          <BigButton
            variant="secondary"
            className="top-bar__language"
            onClick={onLanguage}
            aria-label={`${t('nav.language')}: ${info.nativeName}`}
          >
            <ChromeIcon name="globe" />
            <span lang={info.htmlLang} dir={info.dir}>
              {info.nativeName}
            </span>
          </BigButton>
        )}
        {onReadAloud && (
          <BigButton variant="secondary" className="top-bar__read-aloud" onClick={onReadAloud}>
            <svg className="top-bar__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path
                d="M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            {say('nav.readAloud')}
          </BigButton>
        )}
        {onDisplay && (
          <BigButton variant="secondary" className="top-bar__display" onClick={onDisplay}>
            <span className="top-bar__sample" aria-hidden="true">
              {t('display.sample')}
            </span>
            {say('nav.display')}
          </BigButton>
        )}
        <BigButton variant="quiet" className="top-bar__start-over" onClick={() => setAsking(true)}>
          <ChromeIcon name="restart" />
          {say('nav.startOver')}
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
