import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TutorialView, VariantView } from '../../../shared/content-schema.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { PhoneScreen } from '../../components/PhoneScreen.tsx';
import { StepProgress } from '../../components/StepProgress.tsx';
import type { JourneyAction } from '../../flow/journey.ts';
import { logEvent } from '../../flow/log-event.ts';
import { BackButton } from '../../components/BackButton.tsx';

interface Props {
  tutorial: TutorialView;
  variant: VariantView;
  stepIndex: number;
  visitId: string;
  dispatch: (action: JourneyAction) => void;
}

/** One step per screen: what to do, a picture of the phone, and how to tell it worked. */
export function StepView({ tutorial, variant, stepIndex, visitId, dispatch }: Props) {
  const { t } = useTranslation();
  const api = useKiosk();
  const step = variant.steps[stepIndex] ?? variant.steps[0];
  const total = variant.steps.length;
  const last = stepIndex >= total - 1;

  useEffect(() => {
    logEvent(api, { visitId, kind: 'tutorial_step_viewed', tutorialId: tutorial.id, stepIndex });
  }, [api, visitId, tutorial.id, stepIndex]);
  // Each step starts at the top, like a new page. (Block body: in Chromium 156 scrollTo returns a
  // promise, and an effect must return nothing or a cleanup function.)
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [stepIndex]);

  if (!step) return null;
  const finish = () => {
    logEvent(api, { visitId, kind: 'tutorial_completed', tutorialId: tutorial.id });
    dispatch({ type: 'tutorialFinished' });
  };

  return (
    <section className="step" aria-live="polite">
      <StepProgress current={stepIndex + 1} total={total} />
      <div className="step__body">
        <div className="step__words">
          <p className="step__text" dir="auto">
            {step.text}
          </p>
          {step.tip && (
            <p className="step__tip">
              <strong>{t('player.tip')}: </strong>
              <span dir="auto">{step.tip}</span>
            </p>
          )}
          {step.check && (
            <p className="step__check">
              <strong>{t('player.check')}: </strong>
              <span dir="auto">{step.check}</span>
            </p>
          )}
          {!step.verified && <p className="step__unverified">{t('player.unverified')}</p>}
        </div>
        {step.screen && <PhoneScreen screen={step.screen} />}
      </div>
      <nav className="step-nav">
        <BackButton dispatch={dispatch} />
        {last ? (
          <BigButton onClick={finish}>{t('player.finish')}</BigButton>
        ) : (
          <BigButton onClick={() => dispatch({ type: 'next', stepCount: total })}>{t('nav.next')}</BigButton>
        )}
      </nav>
    </section>
  );
}
