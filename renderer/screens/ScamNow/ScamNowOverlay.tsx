import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locales.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { useCall } from '../../api/use-call.ts';
import { BigButton } from '../../components/BigButton.tsx';
import { CallStatus } from '../../components/CallStatus.tsx';
import { Modal } from '../../components/Modal.tsx';
import { logEvent } from '../../flow/log-event.ts';

/** Phone lines only: the emergency number and the first advice line. A frightened visitor needs one number, not a directory. */
const MAX_LINES = 2;

/** "Someone is calling me right now": what to do, in order, and the region's hotline in big digits. */
export function ScamNowOverlay({ locale, visitId, onClose }: { locale: Locale; visitId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useKiosk();
  const advice = useCall(`getSafetyAdvice:${locale}`, () => api.getSafetyAdvice({ locale }));
  useEffect(() => {
    if (visitId) logEvent(api, { visitId, kind: 'scam_now_opened' });
  }, [api, visitId]);

  const lines = advice.status === 'ready' ? advice.data.hotlines.filter((h) => h.kind === 'phone').slice(0, MAX_LINES) : [];
  return (
    <Modal labelledBy="scam-now-title" className="scam-now" onClose={onClose}>
      {advice.status !== 'ready' ? (
        <>
          <h2 id="scam-now-title" className="modal__title">
            {t('nav.scamNow')}
          </h2>
          <CallStatus failed={advice.status === 'failed'} onRetry={advice.retry} />
        </>
      ) : (
        <>
          <h2 id="scam-now-title" className="modal__title" dir="auto">
            {advice.data.scamNow.title}
          </h2>
          {/* Scrolls on small screens or at the largest text: focusable, so keys can scroll it too. */}
          <div className="scam-now__body" tabIndex={0} role="group" aria-labelledby="scam-now-title">
            <ol className="scam-now__steps">
              {advice.data.scamNow.steps.map((step) => (
                <li key={step.id} dir="auto">
                  {step.text}
                </li>
              ))}
            </ol>
            <section className="scam-now__who" aria-labelledby="scam-now-call">
              <h3 className="scam-now__call" id="scam-now-call">
                {lines.length > 0 ? t('scamNow.hotlines') : t('scamNow.noHotline')}
              </h3>
              <ul className="scam-now__lines">
            {lines.map((line) => (
              <li key={line.id} className={line.emergency ? 'hotline hotline--emergency' : 'hotline'}>
                {/* Digits always left to right, even in Arabic, so they read as dialled. */}
                <span className="hotline__number" dir="ltr">
                  {line.contact}
                </span>
                <span className="hotline__name" dir="auto">
                  {line.name}
                </span>
              </li>
            ))}
              </ul>
            </section>
          </div>
        </>
      )}
      <BigButton className="modal__close" onClick={onClose}>
        {t('scamNow.close')}
      </BigButton>
    </Modal>
  );
}
