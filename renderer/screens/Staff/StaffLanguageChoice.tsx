import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../../shared/locales.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { LanguageChoices } from '../../components/LanguageChoices.tsx';
import type { AssistedStart } from '../../flow/journey.ts';
import { startAssistedVisit } from '../../staff/assisted-visit.ts';
import { useStaffText } from '../../staff/staff-text.ts';

interface Props {
  /** The kiosk's enabled languages. */
  locales: Locale[];
  /** What opens once a language is chosen ("Turn off FaceTime, iOS 17 and earlier"), for the hint. */
  what: string;
  onStarted: (start: AssistedStart) => void;
  onCancel: () => void;
  onSessionLost: () => void;
}

/**
 * No visit is running: staff choose the visitor's language (each named in its own script, as the
 * visitor reads it) and an assisted visit starts in it, in which the guide or plan then opens.
 */
export function StaffLanguageChoice({ locales, what, onStarted, onCancel, onSessionLost }: Props) {
  const t = useStaffText();
  const api = useKiosk();
  const [busy, setBusy] = useState(false);
  // An answer that arrives after staff left the screen is dropped.
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const choose = (locale: Locale) => {
    setBusy(true);
    startAssistedVisit(api, locale).then(
      (visitId) => live.current && onStarted({ locale, visitId }),
      // startAssistedVisit throws only for a session the core refused.
      () => live.current && onSessionLost(),
    );
  };
  return (
    <section className="staff-language" aria-labelledby="staff-language-title">
      <h2 id="staff-language-title" className="health__title">
        {t('staff.tools.languageTitle')}
      </h2>
      <p>{t('staff.tools.languageHint', { title: what })}</p>
      <LanguageChoices locales={locales} disabled={busy} onChoose={choose} />
      <BigButton variant="secondary" disabled={busy} onClick={onCancel}>
        {t('staff.tools.languageCancel')}
      </BigButton>
    </section>
  );
}
