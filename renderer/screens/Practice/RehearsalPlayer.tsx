import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPracticeStrings } from '../../i18n/practice-strings.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { RehearsalView } from '../../../shared/rehearsal-schema.ts';
import type { SafetyAdviceView } from '../../../shared/safety-schema.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { useCall } from '../../api/use-call.ts';
import { BackButton } from '../../components/BackButton.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { CallStatus } from '../../components/CallStatus.tsx';
import { HotlineList } from '../../components/HotlineList.tsx';
import { LtrText } from '../../components/LtrText.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { urgentLines } from '../../components/urgent-lines.ts';
import type { JourneyAction } from '../../flow/journey.ts';
import { logEvent } from '../../flow/log-event.ts';
import { carryOn, choose, isRinging, startRehearsal, type RehearsalProgress } from '../../flow/rehearsal-walk.ts';
import { useLogOnce } from '../../flow/use-log-once.ts';
import { startRing } from './ring.ts';

interface Props {
  locale: Locale;
  visitId: string;
  rehearsalId: string;
  dispatch: (action: JourneyAction) => void;
  /** While the call rings nobody has touched anything yet: the idle timer waits (App). */
  onRinging: (ringing: boolean) => void;
  /** An urgent card or help is open over the call: no ring under it. */
  hushed: boolean;
}

/**
 * A call nobody answers stops ringing, as a real one does: the idle timer waits only this long, so a call
 * opened and left does not keep the visit (and its plan) on screen for the next person.
 */
export const RING_MS = 60_000;

/** One practice call (issue 20), from the content the core serves for the centre's region. */
export function RehearsalPlayer({ locale, visitId, rehearsalId, dispatch, onRinging, hushed }: Props) {
  const { t, i18n } = useTranslation();
  addPracticeStrings(i18n);
  const advice = useCall(`getSafetyAdvice:${locale}`, (read) => read.getSafetyAdvice({ locale }));
  // A change of language mid-call keeps the call where it is: the words change once the new ones are read
  // (state adjusted while rendering, as React's docs show for information from an earlier render).
  const [shown, setShown] = useState<SafetyAdviceView | null>(advice.status === 'ready' ? advice.data : null);
  if (advice.status === 'ready' && advice.data !== shown) setShown(advice.data);
  const call = shown?.rehearsals.find((r) => r.id === rehearsalId);
  if (!shown || !call) {
    return (
      <main className="screen rehearsal">
        {shown ? (
          // Not this centre's call (content changed under it): say so, and the way back.
          <p>{t('practice.empty')}</p>
        ) : (
          <CallStatus failed={advice.status === 'failed'} onRetry={advice.retry} />
        )}
        <nav className="step-nav">
          <BackButton dispatch={dispatch} />
        </nav>
      </main>
    );
  }
  // A new call (played again from the list) starts afresh.
  return (
    <Call
      key={call.id}
      call={call}
      advice={shown}
      visitId={visitId}
      dispatch={dispatch}
      onRinging={onRinging}
      hushed={hushed}
    />
  );
}

function Call({
  call,
  advice,
  visitId,
  dispatch,
  onRinging,
  hushed,
}: {
  call: RehearsalView;
  advice: SafetyAdviceView;
  visitId: string;
  dispatch: Props['dispatch'];
  onRinging: Props['onRinging'];
  hushed: boolean;
}) {
  const { t, i18n } = useTranslation();
  addPracticeStrings(i18n);
  const api = useKiosk();
  const [progress, setProgress] = useState<RehearsalProgress>(() => startRehearsal(call));
  const [ringOn, setRingOn] = useState(false);
  const ringing = isRinging(call, progress);
  // Unanswered for RING_MS: still on screen to answer, but no longer ringing nor holding the idle timer.
  const [missed, setMissed] = useState(false);
  const holding = ringing && !missed;
  useLogOnce(api, { visitId, kind: 'rehearsal_started', rehearsalId: call.id });

  useEffect(() => {
    if (!ringing) return;
    const timer = setTimeout(() => setMissed(true), RING_MS);
    return () => clearTimeout(timer);
  }, [ringing]);
  useEffect(() => {
    onRinging(holding);
    return () => onRinging(false);
  }, [holding, onRinging]);
  useEffect(() => (holding && ringOn && !hushed ? startRing() : undefined), [holding, ringOn, hushed]);

  const { phase } = progress;
  const ended = phase.kind === 'ending';
  useEffect(() => {
    if (!ended) return;
    // Which red flags the visitor met, as a set: never the choices, nor their order.
    logEvent(api, { visitId, kind: 'rehearsal_finished', rehearsalId: call.id, redFlags: progress.met });
    dispatch({ type: 'rehearsalFinished', rehearsalId: call.id });
    // Once per ending reached: `progress` is the same while the ending shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ended]);

  const flagText = (id: string) => advice.redFlags.find((f) => f.id === id)?.text ?? id;
  const appName = t(`practice.app.${call.app}`);
  const decision = phase.kind === 'ending' ? undefined : call.decisions.find((d) => d.id === phase.decisionId);
  const choice = phase.kind === 'feedback' ? decision?.choices.find((c) => c.id === phase.choiceId) : undefined;
  const ending = phase.kind === 'ending' ? call.endings.find((e) => e.id === phase.endingId) : undefined;
  const phaseKey = phase.kind === 'ending' ? phase.endingId : `${phase.kind}:${decision?.id}`;

  return (
    <main
      className={`screen rehearsal rehearsal--${call.app}${ringing ? ' rehearsal--ringing' : ''}`}
      data-phase={phase.kind}
    >
      {/* Never leaves the screen, whatever the call shows: this is practice. */}
      <p className="rehearsal__band" role="note" id="rehearsal-band">
        {t('practice.band')}
      </p>
      <div className={`call call--${call.app}${ringing ? ' call--ringing' : ''}${holding ? ' call--sounding' : ''}`}>
        <p className="call__app" id="rehearsal-incoming">
          {t('practice.incoming', { app: appName })}
        </p>
        <div className={`call__avatar call__avatar--${call.callerKind}`} aria-hidden="true" />
        {ringing ? (
          <ScreenHeading key={phaseKey} className="call__caller" describedBy="rehearsal-band rehearsal-incoming">
            {call.caller}
          </ScreenHeading>
        ) : (
          <p className="call__caller" dir="auto">
            {call.caller}
          </p>
        )}
        {decision?.says && phase.kind === 'decision' && (
          <div className="call__line">
            <ScreenHeading key={phaseKey} className="call__says-who" describedBy="rehearsal-says">
              {t('practice.says', { caller: call.caller })}
            </ScreenHeading>
            <p className="call__says" dir="auto" id="rehearsal-says">
              <LtrText text={decision.says} />
            </p>
          </div>
        )}
      </div>

      {phase.kind === 'decision' && decision && (
        <section className="rehearsal__decide" aria-label={t('practice.whatNow')}>
          {!ringing && <h2 className="rehearsal__what-now">{t('practice.whatNow')}</h2>}
          <div className={ringing ? 'rehearsal__answer' : 'rehearsal__choices'}>
            {decision.choices.map((c) => (
              <BigButton
                key={c.id}
                variant={ringing ? 'primary' : 'secondary'}
                className={`rehearsal__choice${ringing ? ` call__button call__button--${c.safe ? 'decline' : 'accept'}` : ''}`}
                data-choice={c.id}
                onClick={() => setProgress((p) => choose(call, p, c.id))}
              >
                {c.label}
              </BigButton>
            ))}
          </div>
          {ringing && (
            <label className="rehearsal__ring">
              <input type="checkbox" checked={ringOn} onChange={(e) => setRingOn(e.target.checked)} />
              {t('practice.ring')}
            </label>
          )}
        </section>
      )}

      {phase.kind === 'feedback' && decision && choice && (
        <section className={`rehearsal__feedback rehearsal__feedback--${choice.safe ? 'safe' : 'learn'}`}>
          <ScreenHeading key={phaseKey}>
            {choice.safe ? t('practice.goodChoice') : t('practice.goodToKnow')}
          </ScreenHeading>
          <p className="rehearsal__said" dir="auto">
            <LtrText text={choice.feedback} />
          </p>
          <p className="rehearsal__flag" dir="auto" id="rehearsal-flag">
            <strong>{t('practice.flag')}</strong> <LtrText text={flagText(decision.redFlag)} />
          </p>
          <BigButton className="rehearsal__continue" onClick={() => setProgress((p) => carryOn(call, p))}>
            {t('practice.continue')}
          </BigButton>
        </section>
      )}

      {!ending && (
        // Out of the call at any moment, back to the list: nobody has to play a call to its end.
        <nav className="step-nav rehearsal__leave">
          <BackButton dispatch={dispatch} />
        </nav>
      )}

      {ending && (
        <section className={`rehearsal__ending rehearsal__ending--${ending.kind}`}>
          <ScreenHeading key={phaseKey} describedBy="rehearsal-ending">
            {ending.kind === 'hung-up' ? t('practice.hungUp') : t('practice.scammed')}
          </ScreenHeading>
          <p className="rehearsal__said" dir="auto" id="rehearsal-ending">
            <LtrText text={ending.text} />
          </p>
          <FlagList
            heading={t('practice.spotted')}
            className="rehearsal__spotted"
            flags={progress.spotted.map(flagText)}
          />
          <FlagList
            heading={t('practice.toWatch')}
            className="rehearsal__to-watch"
            flags={progress.met.filter((f) => !progress.spotted.includes(f)).map(flagText)}
          />
          <p className="rehearsal__checklist" dir="auto">
            <strong>{t('practice.checklist')}</strong> <LtrText text={call.checklistLine} />
          </p>
          <h2 className="rehearsal__numbers">{t('practice.numbers')}</h2>
          <HotlineList lines={urgentLines(advice.hotlines, 4)} />
          <nav className="step-nav">
            <BigButton className="step-nav__next rehearsal__again" onClick={() => dispatch({ type: 'back' })}>
              {t('practice.again')}
            </BigButton>
          </nav>
        </section>
      )}
    </main>
  );
}

function FlagList({ heading, flags, className }: { heading: string; flags: string[]; className: string }) {
  if (flags.length === 0) return null;
  return (
    <section className={className}>
      <h2>{heading}</h2>
      <ul>
        {flags.map((text) => (
          <li key={text} dir="auto">
            <LtrText text={text} />
          </li>
        ))}
      </ul>
    </section>
  );
}
