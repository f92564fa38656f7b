import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FALLBACK_LOCALE, LOCALES, type Locale } from '../../../shared/locales.ts';
import type { KioskSettings } from '../../../shared/settings-schema.ts';
import { useCall } from '../../api/use-call.ts';
import { TopBar } from '../../components/TopBar.tsx';
import { FaultBoundary } from '../../fault/FaultBoundary.tsx';
import { applyDocumentLanguage } from '../../i18n/i18n.ts';
import { AfterScamOverlay } from '../AfterScam/AfterScamOverlay.tsx';
import { HelpOverlay } from '../Help/HelpOverlay.tsx';
import { ScamNowOverlay } from '../ScamNow/ScamNowOverlay.tsx';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/** Before the settings arrive (or if they cannot): the chime on, as a new kiosk has it. */
const DEFAULT_HELP: KioskSettings['help'] = { chime: true };

type Urgent = 'help' | 'scamNow' | 'afterScam';

/**
 * What the visitor sees when a screen broke: one calm sentence in their language, the whole screen a
 * button that starts again, and the urgent buttons in their usual place, because someone on the
 * phone with a scammer right now still needs them. It asks the core for what it shows (the help
 * settings, each card's advice) rather than taking anything from the journey that broke. With no
 * touch for `idleSeconds` (and no urgent card open) it starts again by itself.
 */
export function CalmScreen({ idleSeconds, onRestart }: { idleSeconds: number; onRestart: () => void }) {
  const { t, i18n } = useTranslation();
  // The journey set i18next to the visitor's language; that survives the journey.
  const locale: Locale = (LOCALES as readonly string[]).includes(i18n.language)
    ? (i18n.language as Locale)
    : FALLBACK_LOCALE;
  useEffect(() => applyDocumentLanguage(locale), [locale]);
  const settings = useCall('getSettings', (read) => read.getSettings({}));
  const help = settings.status === 'ready' ? settings.data.help : DEFAULT_HELP;
  const [urgent, setUrgent] = useState<Urgent | null>(null);
  const close = () => setUrgent(null);

  // Focused from the start, like the lobby screen: a key or a switch press starts again too.
  const surface = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!urgent) surface.current?.focus({ preventScroll: true });
  }, [urgent]);

  const restart = useRef(onRestart);
  useEffect(() => {
    restart.current = onRestart;
  });
  // Nobody is sent away while reading an urgent card; any touch or key starts the wait again.
  useEffect(() => {
    if (urgent) return;
    let timer = setTimeout(() => restart.current(), idleSeconds * 1000);
    const bump = () => {
      clearTimeout(timer);
      timer = setTimeout(() => restart.current(), idleSeconds * 1000);
    };
    for (const kind of ACTIVITY) window.addEventListener(kind, bump, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const kind of ACTIVITY) window.removeEventListener(kind, bump, { capture: true });
    };
  }, [urgent, idleSeconds]);

  return (
    <div className="app fault">
      <TopBar
        chromeLocale={locale}
        onStartOver={onRestart}
        onHelp={() => setUrgent('help')}
        onScamNow={() => setUrgent('scamNow')}
        onAfterScam={() => setUrgent('afterScam')}
      />
      <main className="app__scroll fault__main">
        <button type="button" className="fault__surface" onClick={onRestart} ref={surface}>
          <span className="fault__title">{t('fault.title')}</span>
          <span className="fault__touch">{t('fault.touch')}</span>
        </button>
      </main>
      {/* A card that breaks too only closes: the calm screen and its other buttons stay. */}
      {urgent && (
        <FaultBoundary fallback={null} onFault={close}>
          {urgent === 'help' && <HelpOverlay visitId={null} help={help} onClose={close} />}
          {urgent === 'scamNow' && <ScamNowOverlay locale={locale} visitId={null} onClose={close} />}
          {urgent === 'afterScam' && <AfterScamOverlay locale={locale} visitId={null} onClose={close} />}
        </FaultBoundary>
      )}
    </div>
  );
}
