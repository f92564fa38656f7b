import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TutorialView } from '../../../shared/content-schema.ts';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';
import { longDateFormat } from '../../i18n/known-locales.ts';
import { useAction } from '../../api/use-action.ts';
import { CallStatus } from '../../components/CallStatus.tsx';
import type { JourneyAction } from '../../flow/journey.ts';
import { StepView } from './StepView.tsx';
import { VersionQuestion } from './VersionQuestion.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { InEnglish, useEnglishContent } from '../../staff/assist-context.tsx';
import type { PhoneLocale } from '../../../shared/phone-picture.ts';
import type { VisitorPhoneKind } from '../../flow/visitor-phone.ts';

interface Props {
  locale: Locale;
  visitId: string;
  tutorialId: string;
  variantId: string | null;
  stepIndex: number;
  versionUnsure: boolean;
  canOpen: (tutorialId: string) => boolean;
  dispatch: (action: JourneyAction) => void;
  /** phone-language: the visitor's phone's language; 'unknown' (staff tools, no answer) reads as the visitor's. */
  phoneLocale?: PhoneLocale;
  /** The visitor's own phone, from their answer. */
  visitorPhone?: VisitorPhoneKind | undefined;
}

export function TutorialPlayerScreen({
  locale,
  visitId,
  tutorialId,
  variantId,
  stepIndex,
  versionUnsure,
  canOpen,
  dispatch,
  phoneLocale = 'unknown',
  visitorPhone,
}: Props) {
  // Opened for the visit, so the core logs tutorial_opened: a write, so an action (once, even in StrictMode).
  const opened = useAction(`openTutorial:${tutorialId}:${locale}:${visitId}`, (api) =>
    api.openTutorial({ tutorialId, locale, visitId }),
  );
  const tutorial = opened.status === 'ready' ? opened.data.tutorial : null;
  // "Show in English for staff": the same guide in English, read without a visit id (nothing logged).
  const english = useEnglishContent(`openTutorial:${tutorialId}`, (read) =>
    read.openTutorial({ tutorialId, locale: 'en' }).then((a) => a.tutorial),
  );

  // A tutorial with one variant needs no version question. The journey is told in a layout effect: its only
  // variant is drawn at once (below), and a tap on Next must find it chosen. From a passive effect the news could
  // come after a quick tap, which the journey then dropped (issue 18's soak, in its first visit).
  const only = tutorial?.variants.length === 1 ? tutorial.variants[0] : undefined;
  useLayoutEffect(() => {
    if (only && variantId === null) dispatch({ type: 'variantChosen', variantId: only.id, asked: false });
  }, [only, variantId, dispatch]);

  if (!tutorial) {
    return (
      <main className="screen player">
        <CallStatus failed={opened.status === 'failed'} onRetry={opened.retry} />
      </main>
    );
  }
  // A guide's only variant is drawn at once, while the journey is told of it (above): not a version question
  // for one frame first.
  const variant = tutorial.variants.find((v) => v.id === (variantId ?? only?.id));
  const englishStep = english?.variants
    .find((v) => v.id === variant?.id)
    ?.steps.find((s) => s.id === variant?.steps[stepIndex]?.id);
  return (
    <main
      className="screen player"
      lang={tutorial.locale === locale ? undefined : LOCALE_INFO[tutorial.locale].htmlLang}
    >
      <ScreenHeading className="player__title">{tutorial.title}</ScreenHeading>
      <InEnglish text={english?.title} block />
      {variant ? (
        // Keyed by step: a new step starts with its own fresh state ("looks different" closed).
        <StepView
          key={`${tutorial.id}:${variant.id}:${stepIndex}`}
          tutorial={tutorial}
          variant={variant}
          stepIndex={stepIndex}
          visitId={visitId}
          versionUnsure={versionUnsure}
          canOpen={canOpen}
          dispatch={dispatch}
          locale={locale}
          englishStep={englishStep}
          englishWords={english?.words}
          phoneLocale={phoneLocale}
          visitorPhone={visitorPhone}
        />
      ) : (
        <VersionQuestion tutorial={tutorial} dispatch={dispatch} />
      )}
      <LastVerified tutorial={tutorial} locale={locale} />
    </main>
  );
}

/**
 * One date format per language, made once (and ahead, while the lobby is idle): making one costs a slow PC
 * about 5 ms, and the guide's footer is drawn again at every step (issue 18's tap bench, CPU profile at 4×).
 */
const verifiedDate = (locale: Locale, date: string) =>
  longDateFormat(LOCALE_INFO[locale].htmlLang).format(new Date(date));

function LastVerified({ tutorial, locale }: { tutorial: TutorialView; locale: Locale }) {
  const { t } = useTranslation();
  const date = verifiedDate(locale, tutorial.lastVerified);
  return <p className="player__verified">{t('player.lastVerified', { date })}</p>;
}
