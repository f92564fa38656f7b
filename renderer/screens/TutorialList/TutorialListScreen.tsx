import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locales.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { useCall } from '../../api/use-call.ts';
import { CallStatus } from '../../components/CallStatus.tsx';
import { logEvent } from '../../flow/log-event.ts';

interface Props {
  locale: Locale;
  visitId: string;
  completed: string[];
  onChoose: (tutorialId: string) => void;
}

export function TutorialListScreen({ locale, visitId, completed, onChoose }: Props) {
  const { t } = useTranslation();
  const api = useKiosk();
  const list = useCall(`listTutorials:${locale}`, () => api.listTutorials({ locale }));
  useEffect(() => {
    logEvent(api, { visitId, kind: 'tutorial_list_viewed', locale });
  }, [api, visitId, locale]);

  return (
    <main className="screen tutorials">
      <h1 className="screen__title">{t('tutorials.title')}</h1>
      {list.status !== 'ready' ? (
        <CallStatus failed={list.status === 'failed'} onRetry={list.retry} />
      ) : list.data.tutorials.length === 0 ? (
        <p>{t('tutorials.empty')}</p>
      ) : (
        <ul className="tutorials__list">
          {list.data.tutorials.map((tutorial) => {
            const done = completed.includes(tutorial.id);
            return (
              <li key={tutorial.id}>
                <button type="button" className={`tutorial-card${done ? ' tutorial-card--done' : ''}`} onClick={() => onChoose(tutorial.id)}>
                  <span className="tutorial-card__title" lang={tutorial.locale === locale ? undefined : 'en'} dir="auto">
                    {tutorial.title}
                  </span>
                  <span className="tutorial-card__summary" lang={tutorial.locale === locale ? undefined : 'en'} dir="auto">
                    {tutorial.summary}
                  </span>
                  <span className="tutorial-card__meta">
                    <span>{t('tutorials.minutes', { count: tutorial.minutes })}</span>
                    {done && <span className="badge badge--done">✓ {t('tutorials.done')}</span>}
                    {tutorial.locale !== locale && <span className="badge">{t('tutorials.inEnglish')}</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
