import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locales.ts';
import type { HotlineView, SafetyAdviceView } from '../../shared/safety-schema.ts';
import { useKiosk } from '../api/kiosk-context.tsx';
import { useCall } from '../api/use-call.ts';
import { useLogOnce } from '../flow/use-log-once.ts';
import { BigButton } from './BigButton.tsx';
import { CallStatus } from './CallStatus.tsx';
import { HotlineList } from './HotlineList.tsx';
import { Modal } from './Modal.tsx';
import { urgentLines } from './urgent-lines.ts';

/** What one urgent card shows, drawn from the region's safety advice in the visitor's language. */
export interface UrgentContent {
  title: string;
  /** The ordered list of what to do. */
  steps: ReactNode;
  lines: HotlineView[];
  /** Heading over the lines, and what to say when the region has none. */
  callHeading: string;
  noLines: string;
}

interface Props {
  /** Names the dialog's classes and ids: `scam-now`, `after-scam`. */
  name: string;
  event: 'scam_now_opened' | 'after_scam_opened';
  locale: Locale;
  visitId: string | null;
  /** The title while the advice loads, or if it cannot: the button's own words. */
  loadingTitle: string;
  content: (advice: SafetyAdviceView) => UrgentContent;
  onClose: () => void;
}

/**
 * The frame of the urgent cards ("someone is calling me now", "I already paid"): a native modal
 * dialog with what to do beside who to call, the close button always on screen, one visit event
 * per opening. Each card only says what goes in it.
 */
export function UrgentCard({ name, event, locale, visitId, loadingTitle, content, onClose }: Props) {
  const { t } = useTranslation();
  const api = useKiosk();
  const advice = useCall(`getSafetyAdvice:${locale}`, (read) => read.getSafetyAdvice({ locale }));
  // Once per opening, even where React runs an effect twice (development's strict mode).
  useLogOnce(api, visitId ? { visitId, kind: event } : null);

  const titleId = `${name}-title`;
  const card = advice.status === 'ready' ? content(advice.data) : null;
  // Whatever a card asks for, only confirmed lines reach the screen, the emergency number first.
  const lines = card ? urgentLines(card.lines) : [];
  return (
    <Modal labelledBy={titleId} className={`urgent ${name}`} onClose={onClose}>
      <h2 id={titleId} className="modal__title" dir="auto">
        {card ? card.title : loadingTitle}
      </h2>
      {!card ? (
        <CallStatus failed={advice.status === 'failed'} onRetry={advice.retry} />
      ) : (
        <div className="urgent__columns">
          {/* Who to call never scrolls: the numbers stay in view while the advice beside (or under) them
              scrolls, focusable so keys can scroll it too; the close button never scrolls away either. */}
          <section className="urgent__who" aria-labelledby={`${name}-call`}>
            <h3 className="urgent__call" id={`${name}-call`}>
              {lines.length > 0 ? card.callHeading : card.noLines}
            </h3>
            <HotlineList lines={lines} />
          </section>
          <div className={`urgent__body ${name}__body`} tabIndex={0} role="group" aria-labelledby={titleId}>
            {card.steps}
          </div>
        </div>
      )}
      <BigButton className="modal__close" onClick={onClose}>
        {t('scamNow.close')}
      </BigButton>
    </Modal>
  );
}
