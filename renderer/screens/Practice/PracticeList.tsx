import { useTranslation } from 'react-i18next';
import { addPracticeStrings } from '../../i18n/practice-strings.ts';
import type { Locale } from '../../../shared/locales.ts';
import { useCall } from '../../api/use-call.ts';
import { BackButton } from '../../components/BackButton.tsx';
import { CallStatus } from '../../components/CallStatus.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import type { JourneyAction } from '../../flow/journey.ts';

interface Props {
  locale: Locale;
  /** Calls already played to an end in this visit: marked, and still open to play again. */
  practised: readonly string[];
  dispatch: (action: JourneyAction) => void;
}

/** "Practise a scam call" (issue 20): the centre's practice calls, each a safe rehearsal of a real scam's call. */
export function PracticeList({ locale, practised, dispatch }: Props) {
  const { t, i18n } = useTranslation();
  addPracticeStrings(i18n);
  const advice = useCall(`getSafetyAdvice:${locale}`, (read) => read.getSafetyAdvice({ locale }));
  return (
    <main className="screen practice">
      <ScreenHeading>{t('practice.title')}</ScreenHeading>
      <p className="practice__intro">{t('practice.intro')}</p>
      {advice.status !== 'ready' ? (
        <CallStatus failed={advice.status === 'failed'} onRetry={advice.retry} />
      ) : advice.data.rehearsals.length === 0 ? (
        <p>{t('practice.empty')}</p>
      ) : (
        <section aria-labelledby="practice-choose">
          <h2 id="practice-choose">{t('practice.choose')}</h2>
          <ul className="practice__list">
            {advice.data.rehearsals.map((call) => {
              const done = practised.includes(call.id);
              return (
                <li key={call.id}>
                  <button
                    type="button"
                    className={`tutorial-card practice-card practice-card--${call.app}`}
                    data-rehearsal={call.id}
                    onClick={() => dispatch({ type: 'rehearsalChosen', rehearsalId: call.id })}
                  >
                    <span className="tutorial-card__title" dir="auto">
                      {call.title}
                    </span>
                    <span className="tutorial-card__meta">
                      <span className={`practice-card__app practice-card__app--${call.app}`}>
                        {t(`practice.app.${call.app}`)}
                      </span>
                      {done && <span className="badge badge--done">✓ {t('practice.practised')}</span>}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <nav className="step-nav">
        <BackButton dispatch={dispatch} />
      </nav>
    </main>
  );
}
