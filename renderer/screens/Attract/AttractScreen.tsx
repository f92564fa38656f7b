import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';

const CYCLE_MS = 4000;

/**
 * The lobby screen. The headline turns through the enabled languages, starting with the centre's
 * default; below it, "Touch to start" stands in every language at once, so no passer-by waits for
 * theirs. A touch anywhere starts.
 */
interface Props {
  locales: Locale[];
  onTouch: () => void;
  /** The language of a visit that timed out less than a minute ago: it can be continued. */
  continueIn?: Locale | undefined;
  onContinue: () => void;
  /** Days the visit log keeps raw events (the centre's visitLog.retentionDays setting): the lobby's privacy line. */
  retentionDays: number;
}

export function AttractScreen({ locales, onTouch, continueIn, onContinue, retentionDays }: Props) {
  const { i18n } = useTranslation();
  const [index, setIndex] = useState(0);
  // The whole screen is one button, focused from the start: a key or a switch press starts, like a touch.
  const surface = useRef<HTMLButtonElement>(null);
  useEffect(() => surface.current?.focus({ preventScroll: true }), []);
  useEffect(() => {
    if (locales.length < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % locales.length), CYCLE_MS);
    return () => clearInterval(timer);
  }, [locales.length]);

  const locale = locales[index % locales.length] ?? 'en';
  const t = i18n.getFixedT(locale);
  const info = LOCALE_INFO[locale];
  return (
    <main className="attract">
      <button type="button" className="attract__surface" onClick={onTouch} ref={surface}>
        <span className="attract__text" lang={info.htmlLang} dir={info.dir} key={locale}>
          <span className="attract__title">{t('attract.title')}</span>
          <span className="attract__subtitle">{t('attract.subtitle')}</span>
          <span className="attract__touch">{t('attract.touch')}</span>
          <span className="attract__privacy">{t('attract.privacy', { days: retentionDays })}</span>
        </span>
        <span className="attract__all">
          {locales.map((code) => (
            <span key={code} lang={LOCALE_INFO[code].htmlLang} dir={LOCALE_INFO[code].dir}>
              {i18n.getFixedT(code)('attract.touch')}
            </span>
          ))}
        </span>
      </button>
      {continueIn && (
        // Beside the lobby's surface, not in it: a second visitor's touch must not continue the first's visit.
        <button
          type="button"
          className="attract__continue"
          onClick={onContinue}
          lang={LOCALE_INFO[continueIn].htmlLang}
          dir={LOCALE_INFO[continueIn].dir}
        >
          {i18n.getFixedT(continueIn)('attract.continue')}
        </button>
      )}
    </main>
  );
}
