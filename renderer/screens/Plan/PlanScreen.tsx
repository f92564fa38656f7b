import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locales.ts';
import { useAction } from '../../api/use-action.ts';
import { useCall } from '../../api/use-call.ts';
import { settled } from '../../api/settled.ts';
import { useReadAhead } from '../../api/read-ahead.ts';
import { PracticeEntry } from '../../components/PracticeEntry.tsx';
import { BackButton } from '../../components/BackButton.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { CallStatus } from '../../components/CallStatus.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import type { JourneyAction, PlanAction } from '../../flow/journey.ts';
import { PlanItem } from './PlanItem.tsx';
import { revealBelow, useBelowFold } from './use-below-fold.ts';
import { InEnglish, useEnglishContent, useEnglishT } from '../../staff/assist-context.tsx';

interface Props {
  locale: Locale;
  visitId: string;
  answers: Record<string, string[]>;
  plan: PlanAction[] | null;
  completed: string[];
  dispatch: (action: JourneyAction) => void;
}

/**
 * The visitor's own 3 to 5 actions, each with why it is there. One thing is pressed first: the
 * first guide not yet done carries "Do this first" and the only filled Start button; "I'm finished"
 * stays an outlined button until something is done (audit M9, m5). When guides continue below the
 * edge of the screen, a cue says how many and scrolls to them.
 */
export function PlanScreen({ locale, visitId, answers, plan, completed, dispatch }: Props) {
  const { t } = useTranslation();
  const answerKey = JSON.stringify(answers);
  // The core ranks the plan (and logs the answers) once per set of answers: a write, so an action.
  const ranked = useAction(`makePlan:${locale}:${answerKey}:${plan ? 'have' : 'need'}`, (api) =>
    plan ? settled(null) : api.makePlan({ locale, answers, visitId }),
  );
  useEffect(() => {
    if (ranked.status === 'ready' && ranked.data) dispatch({ type: 'planReady', actions: ranked.data.actions });
  }, [ranked, dispatch]);
  const summaries = useCall(`listTutorials:${locale}`, (read) => read.listTutorials({ locale }));
  // The "because you said …" lines are content, in the language on screen now (the visitor may
  // have changed it since the plan was ranked); without them the plan still works.
  const questions = useCall(`getQuestions:${locale}`, (read) => read.getQuestions({ locale }));
  // "Show in English for staff" (assisted visits): the guides' English titles under the visitor's.
  const english = useEnglishContent('listTutorials', (read) => read.listTutorials({ locale: 'en' }));
  const en = useEnglishT();

  const listRef = useRef<HTMLOListElement>(null);
  const barRef = useRef<HTMLElement>(null);
  const ready = plan !== null && summaries.status === 'ready';
  const below = useBelowFold(
    listRef,
    '.plan-item__start',
    barRef,
    ready ? `${plan.map((a) => a.tutorialId).join()}:${questions.status}` : '',
  );

  // The guide "Do this first" is on, read while the visitor reads the plan: its Start opens it without waiting
  // for the core. Only that one: reading every guide ahead kept a slow PC busy just as the visitor tapped.
  const first = plan?.find((a) => !completed.includes(a.tutorialId))?.tutorialId;
  useReadAhead(ready && first ? `${locale}:${first}` : null, (read) =>
    first ? [() => read.openTutorial({ tutorialId: first, locale })] : [],
  );

  if (!ready) {
    const failed = ranked.status === 'failed' || summaries.status === 'failed';
    return (
      <main className="screen plan">
        <CallStatus failed={failed} onRetry={ranked.status === 'failed' ? ranked.retry : summaries.retry} />
      </main>
    );
  }
  const byId = new Map(summaries.data.tutorials.map((s) => [s.id, s]));
  const because = new Map<string, string | undefined>(
    questions.status === 'ready'
      ? questions.data.questions.flatMap((q) => q.options.map((o) => [o.id, o.because]))
      : [],
  );
  if (questions.status === 'ready') because.set('baseline', questions.data.baselineBecause);
  const shown = plan.filter((a) => byId.has(a.tutorialId));
  const done = shown.filter((a) => completed.includes(a.tutorialId)).length;
  const next = shown.find((a) => !completed.includes(a.tutorialId))?.tutorialId;

  const showMore = (event: MouseEvent<HTMLButtonElement>) => {
    const first = below[0];
    if (!first) return;
    revealBelow(first, barRef.current);
    // From a keyboard or switch (no pointer), move focus along too, to the guide's button.
    if (event.detail === 0) first.querySelector<HTMLButtonElement>('.plan-item__start')?.focus({ preventScroll: true });
  };

  return (
    <main className="screen plan">
      <div className="plan__head">
        <ScreenHeading>{t('plan.title')}</ScreenHeading>
        <InEnglish text={en('plan.title')} block />
        <p className="plan__subtitle">
          {t('plan.subtitle')}
          <InEnglish text={en('plan.subtitle')} />
        </p>
        <p className="plan__progress" role="status">
          {t('plan.progress', { done, total: shown.length })}
        </p>
      </div>
      <ol className="plan__list" ref={listRef}>
        {shown.map((action) => (
          <PlanItem
            key={action.tutorialId}
            summary={byId.get(action.tutorialId)!}
            locale={locale}
            because={action.reason && because.get(action.reason)}
            next={action.tutorialId === next}
            done={completed.includes(action.tutorialId)}
            english={english?.tutorials.find((s) => s.id === action.tutorialId)?.title}
            onStart={() =>
              dispatch({ type: 'tutorialChosen', tutorialId: action.tutorialId, variantId: action.variantId })
            }
          />
        ))}
      </ol>
      <PracticeEntry dispatch={dispatch} />
      <nav className="step-nav plan__nav" ref={barRef}>
        {below.length > 0 && (
          <button type="button" className="plan__more" onClick={showMore}>
            {t('plan.more', { count: below.length })}
          </button>
        )}
        <BackButton dispatch={dispatch} />
        <BigButton variant="secondary" className="plan__browse" onClick={() => dispatch({ type: 'browse' })}>
          {t('plan.browse')}
        </BigButton>
        <BigButton
          variant={done > 0 ? 'primary' : 'secondary'}
          className="step-nav__next plan__finish"
          onClick={() => dispatch({ type: 'finish' })}
        >
          {t('plan.finish')}
        </BigButton>
      </nav>
    </main>
  );
}
