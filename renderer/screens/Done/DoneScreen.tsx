import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locales.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { useCall } from '../../api/use-call.ts';
import { BackButton } from '../../components/BackButton.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { CallStatus } from '../../components/CallStatus.tsx';
import { ConfirmEnd } from '../../components/ConfirmEnd.tsx';
import type { JourneyAction } from '../../flow/journey.ts';
import { PracticeEntry } from '../../components/PracticeEntry.tsx';
import { useLogOnce } from '../../flow/use-log-once.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { InEnglish, useEnglishContent, useEnglishT } from '../../staff/assist-context.tsx';

interface Props {
  locale: Locale;
  visitId: string;
  completed: string[];
  /** There is a plan to print (always, once the questions are answered or a code was entered). */
  canPrint: boolean;
  dispatch: (action: JourneyAction) => void;
  onFinish: () => void;
}

/** The end of a visit: what the visitor changed today, in their words, and the way to their printed checklist. */
export function DoneScreen({ locale, visitId, completed, canPrint, dispatch, onFinish }: Props) {
  const { t } = useTranslation();
  const api = useKiosk();
  const [asking, setAsking] = useState(false);
  const list = useCall(`listTutorials:${locale}`, (read) => read.listTutorials({ locale }));
  useLogOnce(api, { visitId, kind: 'done_shown', locale });
  // "Show in English for staff" (assisted visits): what was changed, in English too.
  const english = useEnglishContent('listTutorials', (read) => read.listTutorials({ locale: 'en' }));
  const en = useEnglishT();

  return (
    <main className="screen done">
      <ScreenHeading>{t('done.title')}</ScreenHeading>
      <InEnglish text={en('done.title')} block />
      {list.status !== 'ready' ? (
        <CallStatus failed={list.status === 'failed'} onRetry={list.retry} />
      ) : completed.length === 0 ? (
        <p className="done__nothing">{t('done.nothing')}</p>
      ) : (
        <section aria-labelledby="done-changed">
          <h2 id="done-changed">{t('done.changed')}</h2>
          <ul className="done__list">
            {completed.map((id) => {
              const summary = list.data.tutorials.find((s) => s.id === id);
              return summary ? (
                <li key={id} dir="auto">
                  <span aria-hidden="true">✓ </span>
                  {summary.done}
                  <InEnglish text={english?.tutorials.find((e) => e.id === id)?.done} block />
                </li>
              ) : null;
            })}
          </ul>
        </section>
      )}
      <PracticeEntry dispatch={dispatch} />
      <p className="done__thanks">{t('done.thanks')}</p>
      {/* Back (to the plan) sits where the checklist's Back was, and Finish, which ends the visit, sits
          nowhere a tap on the previous screen lands: a double tap must never end a visit. */}
      <nav className="step-nav">
        {canPrint ? <BackButton dispatch={dispatch} /> : <span />}
        <div className="step-nav__group">
          <BigButton
            variant={canPrint ? 'secondary' : 'primary'}
            className="done__finish"
            onClick={() => setAsking(true)}
          >
            {t('done.finish')}
          </BigButton>
          {canPrint && (
            <BigButton className="step-nav__next done__checklist" onClick={() => dispatch({ type: 'openChecklist' })}>
              {t('checklist.open')}
            </BigButton>
          )}
        </div>
      </nav>
      {asking && <ConfirmEnd kind="finish" onKeep={() => setAsking(false)} onEnd={onFinish} />}
    </main>
  );
}
