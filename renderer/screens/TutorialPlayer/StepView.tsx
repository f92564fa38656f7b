import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TutorialView, VariantView } from '../../../shared/content-schema.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BackButton } from '../../components/BackButton.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { PhoneScreen } from '../../components/PhoneScreen.tsx';
import { StepProgress } from '../../components/StepProgress.tsx';
import type { JourneyAction } from '../../flow/journey.ts';
import { logEvent } from '../../flow/log-event.ts';
import { useLogOnce } from '../../flow/use-log-once.ts';
import { LooksDifferent } from './LooksDifferent.tsx';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';
import { InEnglish, useAssist } from '../../staff/assist-context.tsx';
import { FacilitatorNotes } from './FacilitatorNotes.tsx';
import type { PhoneLocale, PhoneWordView } from '../../../shared/phone-picture.ts';
import { phoneLanguage, phoneTextPlain } from '../../../shared/phone-words.ts';
import { anyTranslated, PhoneText } from '../../components/PhoneText.tsx';
import type { VisitorPhoneKind } from '../../flow/visitor-phone.ts';
import { PhoneLanguageLine } from './PhoneLanguageLine.tsx';

interface Props {
  tutorial: TutorialView;
  variant: VariantView;
  stepIndex: number;
  visitId: string;
  /** The visitor did not know their version: the first step says which one was started and where to check. */
  versionUnsure: boolean;
  /** Whether a guide a step names can be opened from here (not one already open in this chain). */
  canOpen: (tutorialId: string) => boolean;
  dispatch: (action: JourneyAction) => void;
  /** The visitor's language (assisted visits: the facilitator notes' second half). */
  locale: Locale;
  /** This step in English, while "Show in English for staff" is on (assisted visits). */
  englishStep?: VariantView['steps'][number] | undefined;
  /** The English guide's phone words, for the English lines: staff see the English phone's words. */
  englishWords?: Readonly<Record<string, PhoneWordView>> | undefined;
  /** The language the visitor's phone shows its menus in: the words in the text and the picture follow it. */
  phoneLocale: PhoneLocale;
  /** The visitor's own phone (their answer), for a guide written for any phone. */
  visitorPhone?: VisitorPhoneKind | undefined;
}

/**
 * One step per screen: what to do, a picture of the phone, and how to tell it worked. Where there is
 * a picture, the visitor confirms it matches ("Yes") or says it looks different, and is offered the
 * other versions of the guide, a member of staff, or to carry on.
 */
export function StepView({
  tutorial,
  variant,
  stepIndex,
  visitId,
  versionUnsure,
  canOpen,
  dispatch,
  locale,
  englishStep,
  englishWords = {},
  phoneLocale,
  visitorPhone,
}: Props) {
  const { t } = useTranslation();
  const { assisted } = useAssist();
  const api = useKiosk();
  const [different, setDifferent] = useState(false);
  const step = variant.steps[stepIndex] ?? variant.steps[0];
  const total = variant.steps.length;
  const last = stepIndex >= total - 1;

  useLogOnce(api, { visitId, kind: 'tutorial_step_viewed', tutorialId: tutorial.id, stepIndex });
  // Each step starts at the top, like a new page: App's useScreenStartsAtTop, keyed by the step.

  if (!step) return null;
  const forward = () => {
    setDifferent(false);
    if (!last) return dispatch({ type: 'next', stepCount: total });
    logEvent(api, { visitId, kind: 'tutorial_completed', tutorialId: tutorial.id });
    dispatch({ type: 'tutorialFinished' });
  };
  const looksDifferent = () => {
    logEvent(api, { visitId, kind: 'step_looked_different', tutorialId: tutorial.id, stepIndex });
    // Kept in the journey (memory only) for the volunteer's For-staff panel.
    dispatch({ type: 'stepLookedDifferent', step: { tutorialId: tutorial.id, variantId: variant.id, stepIndex } });
    setDifferent(true);
  };
  const hasPicture = step.screen !== undefined;
  // The phone's words by the one rule (shared/phone-words.ts), in the language the text is written in.
  const reading = tutorial.locale;
  const phoneText = (text: string) => (
    <PhoneText text={text} words={tutorial.words} phone={phoneLocale} reading={reading} />
  );
  const translated = anyTranslated([step.text, step.tip, step.check], tutorial.words, phoneLocale, reading);
  // Staff's English lines: the English step with the English phone's words.
  const english = (text: string | undefined) => text && phoneTextPlain(text, englishWords, 'en', 'en');
  // Extra props pass through to the drawn picture (variant, visitorPhone) where it takes them.
  const picture = { words: tutorial.words, phoneLocale, locale: reading, variant, visitorPhone };

  return (
    <section className="step">
      <StepProgress current={stepIndex + 1} total={total} />
      {versionUnsure && stepIndex === 0 && (
        <div className="step__version-guess" role="note">
          <p>{t('player.commonStarted', { version: variant.label, different: t('player.no') })}</p>
          {tutorial.versionCheck && <p dir="auto">{tutorial.versionCheck}</p>}
        </div>
      )}
      <div className="step__body">
        <div className="step__words">
          <p className="step__text" dir="auto">
            {phoneText(step.text)}
          </p>
          <InEnglish text={english(englishStep?.text)} block />
          {step.tip && (
            <p className="step__tip">
              <strong>{t('player.tip')}: </strong>
              <span dir="auto">{phoneText(step.tip)}</span>
              <InEnglish text={english(englishStep?.tip)} />
            </p>
          )}
          {step.check && (
            <p className="step__check">
              <strong>{t('player.check')}: </strong>
              <span dir="auto">{phoneText(step.check)}</span>
              <InEnglish text={english(englishStep?.check)} />
            </p>
          )}
          {translated && <p className="step__translated-note">{t('phoneLanguage.dashedNote')}</p>}
          {!step.verified && <p className="step__unverified">{t('player.unverified')}</p>}
          {step.opens && canOpen(step.opens.tutorialId) && (
            <BigButton
              variant="secondary"
              className="step__open-guide"
              onClick={() => step.opens && dispatch({ type: 'openLinkedGuide', tutorialId: step.opens.tutorialId })}
            >
              <span dir="auto">{t('player.openGuide', { title: step.opens.title })}</span>
            </BigButton>
          )}
        </div>
        <div className="step__picture">
          {/* Above the picture: on screen with it, without scrolling. */}
          <PhoneLanguageLine phoneLocale={phoneLocale} dispatch={dispatch} />
          {/* The phone is drawn in its own language's direction: a phone in English reads left to right
              inside an Arabic page, a phone in Arabic right to left (issue 17). */}
          {step.screen && (
            <div className="step__phone" dir={LOCALE_INFO[phoneLanguage(phoneLocale, reading)].dir}>
              <PhoneScreen screen={step.screen} {...picture} />
            </div>
          )}
        </div>
      </div>
      {/* Never in a visitor's own visit: the notes are for the volunteer beside them. */}
      {assisted && (
        <FacilitatorNotes
          notes={step.facilitator ?? []}
          guideNotes={stepIndex === 0 ? (tutorial.facilitator ?? []) : []}
          locale={locale}
        />
      )}
      {different ? (
        <LooksDifferent
          tutorial={tutorial}
          variant={variant}
          stepId={step.id}
          dispatch={dispatch}
          onKeepGoing={forward}
          onBack={() => setDifferent(false)}
        />
      ) : (
        <nav className="step-nav">
          <BackButton dispatch={dispatch} />
          {hasPicture && <p className="step-nav__question">{t('player.looksLike')}</p>}
          <span className="step-nav__group">
            {hasPicture && (
              <BigButton variant="secondary" className="step-nav__different" onClick={looksDifferent}>
                {t('player.no')}
              </BigButton>
            )}
            <BigButton className="step-nav__next" onClick={forward}>
              {last ? t('player.finish') : hasPicture ? t('player.yes') : t('nav.next')}
            </BigButton>
          </span>
        </nav>
      )}
    </section>
  );
}
