import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locales.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { useCall } from '../../api/use-call.ts';
import { BackButton } from '../../components/BackButton.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { CallStatus } from '../../components/CallStatus.tsx';
import type { JourneyAction, PlanAction } from '../../flow/journey.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';

interface Props {
  locale: Locale;
  visitId: string;
  answers: Record<string, string[]>;
  plan: PlanAction[] | null;
  completed: string[];
  dispatch: (action: JourneyAction) => void;
}

/** The visitor's own 3 to 5 actions, the first marked "do this first", with their progress. */
export function PlanScreen({ locale, visitId, answers, plan, completed, dispatch }: Props) {
  const { t } = useTranslation();
  const api = useKiosk();
  const answerKey = JSON.stringify(answers);
  // The core ranks the plan (and logs the answers) once per set of answers.
  const ranked = useCall(`makePlan:${locale}:${answerKey}:${plan ? 'have' : 'need'}`, () =>
    plan ? Promise.resolve(null) : api.makePlan({ locale, answers, visitId }),
  );
  useEffect(() => {
    if (ranked.status === 'ready' && ranked.data) dispatch({ type: 'planReady', actions: ranked.data.actions });
  }, [ranked, dispatch]);
  const summaries = useCall(`listTutorials:${locale}`, () => api.listTutorials({ locale }));

  if (!plan || summaries.status !== 'ready') {
    const failed = ranked.status === 'failed' || summaries.status === 'failed';
    return (
      <main className="screen plan">
        <CallStatus failed={failed} onRetry={ranked.status === 'failed' ? ranked.retry : summaries.retry} />
      </main>
    );
  }
  const byId = new Map(summaries.data.tutorials.map((s) => [s.id, s]));
  const done = plan.filter((a) => completed.includes(a.tutorialId)).length;

  return (
    <main className="screen plan">
      <ScreenHeading>{t('plan.title')}</ScreenHeading>
      <p className="plan__subtitle">{t('plan.subtitle')}</p>
      <p className="plan__progress" role="status">
        {t('plan.progress', { done, total: plan.length })}
      </p>
      <ol className="plan__list">
        {plan.map((action, i) => {
          const summary = byId.get(action.tutorialId);
          if (!summary) return null;
          const isDone = completed.includes(action.tutorialId);
          return (
            <li key={action.tutorialId} className={`plan-item${i === 0 ? ' plan-item--first' : ''}${isDone ? ' plan-item--done' : ''}`}>
              <div className="plan-item__words">
                {i === 0 && <span className="badge badge--first">{t('plan.first')}</span>}
                <h2 className="plan-item__title" dir="auto" lang={summary.locale === locale ? undefined : 'en'}>
                  {summary.title}
                </h2>
                <p className="plan-item__summary" dir="auto" lang={summary.locale === locale ? undefined : 'en'}>
                  {summary.summary}
                </p>
                <span className="plan-item__meta">
                  {t('tutorials.minutes', { count: summary.minutes })}
                  {isDone && <span className="badge badge--done">✓ {t('tutorials.done')}</span>}
                </span>
              </div>
              <BigButton
                variant={isDone ? 'secondary' : 'primary'}
                className="plan-item__start"
                aria-label={`${isDone ? t('plan.again') : t('plan.start')}: ${summary.title}`}
                onClick={() => dispatch({ type: 'tutorialChosen', tutorialId: action.tutorialId, variantId: action.variantId })}
              >
                {isDone ? t('plan.again') : t('plan.start')}
              </BigButton>
            </li>
          );
        })}
      </ol>
      <nav className="step-nav">
        <BackButton dispatch={dispatch} />
        <BigButton variant="secondary" className="plan__browse" onClick={() => dispatch({ type: 'browse' })}>
          {t('plan.browse')}
        </BigButton>
        <BigButton className="step-nav__next plan__finish" onClick={() => dispatch({ type: 'finish' })}>
          {t('plan.finish')}
        </BigButton>
      </nav>
    </main>
  );
}
