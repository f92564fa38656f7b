import { useCallback, useEffect, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../shared/locales.ts';
import { useKiosk } from './api/kiosk-context.tsx';
import { useCall } from './api/use-call.ts';
import { CallStatus } from './components/CallStatus.tsx';
import { TopBar } from './components/TopBar.tsx';
import { initialJourney, journeyReducer } from './flow/journey.ts';
import { logEvent } from './flow/log-event.ts';
import { applyDocumentLanguage } from './i18n/i18n.ts';
import { AttractScreen } from './screens/Attract/AttractScreen.tsx';
import { LanguageScreen } from './screens/Language/LanguageScreen.tsx';
import { TutorialListScreen } from './screens/TutorialList/TutorialListScreen.tsx';
import { TutorialPlayerScreen } from './screens/TutorialPlayer/TutorialPlayerScreen.tsx';

export function App() {
  const api = useKiosk();
  const { i18n } = useTranslation();
  const locales = useCall('listLocales', () => api.listLocales({}));
  const [journey, dispatch] = useReducer(journeyReducer, initialJourney);

  const defaultLocale: Locale = locales.status === 'ready' ? locales.data.defaultLocale : 'en';
  const uiLocale = journey.locale ?? defaultLocale;
  useEffect(() => {
    void i18n.changeLanguage(uiLocale);
    applyDocumentLanguage(uiLocale);
  }, [i18n, uiLocale]);

  const startOver = useCallback(() => {
    if (journey.visitId) logEvent(api, { visitId: journey.visitId, kind: 'visit_reset' });
    dispatch({ type: 'startOver' });
  }, [api, journey.visitId]);

  if (locales.status !== 'ready') {
    return (
      <main className="screen">
        <CallStatus failed={locales.status === 'failed'} onRetry={locales.retry} />
      </main>
    );
  }
  const enabled = locales.data.locales.map((l) => l.code);

  if (journey.screen === 'attract') {
    const defaultFirst = [defaultLocale, ...enabled.filter((l) => l !== defaultLocale)];
    return <AttractScreen locales={defaultFirst} onTouch={() => dispatch({ type: 'touch' })} />;
  }
  return (
    <div className="app">
      <TopBar onStartOver={startOver} />
      {journey.screen === 'language' && (
        <LanguageScreen
          locales={enabled}
          visitId={journey.visitId}
          onChosen={(locale, visitId) => dispatch({ type: 'languageChosen', locale, visitId })}
        />
      )}
      {journey.screen === 'tutorials' && journey.locale && journey.visitId && (
        <TutorialListScreen
          locale={journey.locale}
          visitId={journey.visitId}
          completed={journey.completed}
          onChoose={(tutorialId) => dispatch({ type: 'tutorialChosen', tutorialId })}
        />
      )}
      {journey.screen === 'tutorial' && journey.locale && journey.visitId && journey.tutorialId && (
        <TutorialPlayerScreen
          locale={journey.locale}
          visitId={journey.visitId}
          tutorialId={journey.tutorialId}
          variantId={journey.variantId}
          stepIndex={journey.stepIndex}
          dispatch={dispatch}
        />
      )}
    </div>
  );
}
