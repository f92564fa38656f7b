import { useTranslation } from 'react-i18next';
import { TOPICS } from '../../../shared/content-schema.ts';
import type { Locale } from '../../../shared/locales.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { useCall } from '../../api/use-call.ts';
import { BigButton } from '../../components/BigButton.tsx';
import { CallStatus } from '../../components/CallStatus.tsx';
import type { JourneyAction, PlanAction } from '../../flow/journey.ts';
import { PracticeEntry } from '../../components/PracticeEntry.tsx';
import { useLogOnce } from '../../flow/use-log-once.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { InEnglish, useEnglishContent, useEnglishT } from '../../staff/assist-context.tsx';

interface Props {
  locale: Locale;
  visitId: string;
  completed: string[];
  /** Variants the visitor's answers settled, reused when a planned tutorial is opened from here. */
  plan: PlanAction[] | null;
  dispatch: (action: JourneyAction) => void;
}

/** Every guide, grouped by topic, for a visitor (or a staff member helping) who wants something else. */
export function BrowseScreen({ locale, visitId, completed, plan, dispatch }: Props) {
  const { t } = useTranslation();
  const api = useKiosk();
  const list = useCall(`listTutorials:${locale}`, (read) => read.listTutorials({ locale }));
  useLogOnce(api, { visitId, kind: 'browse_viewed', locale });
  // "Show in English for staff" (assisted visits): the heading, topics and guide titles in English too.
  const english = useEnglishContent('listTutorials', (read) => read.listTutorials({ locale: 'en' }));
  const en = useEnglishT();

  return (
    <main className="screen tutorials">
      <ScreenHeading>{t('browse.title')}</ScreenHeading>
      <InEnglish text={en('browse.title')} block />
      <PracticeEntry dispatch={dispatch} />
      {list.status !== 'ready' ? (
        <CallStatus failed={list.status === 'failed'} onRetry={list.retry} />
      ) : list.data.tutorials.length === 0 ? (
        <p>{t('tutorials.empty')}</p>
      ) : (
        TOPICS.map((topic) => {
          const inTopic = list.data.tutorials.filter((tutorial) => tutorial.topic === topic);
          if (inTopic.length === 0) return null;
          return (
            <section key={topic} className="topic" aria-labelledby={`topic-${topic}`}>
              <h2 className="topic__title" id={`topic-${topic}`}>
                {t(`browse.topic.${topic}`)}
              </h2>
              <InEnglish text={en(`browse.topic.${topic}`)} block />
              <ul className="tutorials__list">
                {inTopic.map((tutorial) => {
                  const done = completed.includes(tutorial.id);
                  const variantId = plan?.find((a) => a.tutorialId === tutorial.id)?.variantId;
                  return (
                    <li key={tutorial.id}>
                      <button
                        type="button"
                        className={`tutorial-card${done ? ' tutorial-card--done' : ''}`}
                        onClick={() => dispatch({ type: 'tutorialChosen', tutorialId: tutorial.id, variantId })}
                      >
                        <span
                          className="tutorial-card__title"
                          lang={tutorial.locale === locale ? undefined : 'en'}
                          dir="auto"
                        >
                          {tutorial.title}
                        </span>
                        {tutorial.locale === locale && (
                          <InEnglish text={english?.tutorials.find((e) => e.id === tutorial.id)?.title} />
                        )}
                        <span
                          className="tutorial-card__summary"
                          lang={tutorial.locale === locale ? undefined : 'en'}
                          dir="auto"
                        >
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
            </section>
          );
        })
      )}
      <nav className="step-nav">
        <BigButton variant="secondary" className="step-nav__back" onClick={() => dispatch({ type: 'backToPlan' })}>
          {t('browse.backToPlan')}
        </BigButton>
      </nav>
    </main>
  );
}
