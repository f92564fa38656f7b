import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LOCALE_INFO, LOCALES } from '../../../../shared/locales.ts';
import '../../../../renderer/styles/lobby-fonts.css';
import '../../../../renderer/styles/app.css';
import ar from '../../../../renderer/i18n/locales/ar/ui.json' with { type: 'json' };
import en from '../../../../renderer/i18n/locales/en/ui.json' with { type: 'json' };
import es from '../../../../renderer/i18n/locales/es/ui.json' with { type: 'json' };
import id from '../../../../renderer/i18n/locales/id/ui.json' with { type: 'json' };
import ko from '../../../../renderer/i18n/locales/ko/ui.json' with { type: 'json' };
import vi from '../../../../renderer/i18n/locales/vi/ui.json' with { type: 'json' };
import zhHans from '../../../../renderer/i18n/locales/zh-Hans/ui.json' with { type: 'json' };
import zhHant from '../../../../renderer/i18n/locales/zh-Hant/ui.json' with { type: 'json' };

/**
 * A cold-start floor (tests/bench/start.ts): the kiosk's lobby as the start benchmark's shell shows it (a Hong
 * Kong centre, Traditional Chinese first, "Touch to start" in all eight languages), in the kiosk's own style
 * sheets and bundled faces, drawn by React, and nothing else of the app: no i18n, no core, no journey. The
 * markup is renderer/screens/Attract/AttractScreen.tsx's. What it adds over the blank page is what any page
 * that draws this lobby in React and these fonts costs a start.
 */
const TABLES = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans, es, id, vi, ko, ar };
const FIRST = 'zh-Hant';
const ORDER = [FIRST, ...LOCALES.filter((l) => l !== FIRST)] as const;

function Floor() {
  const [touched, setTouched] = useState(false);
  const surface = useRef<HTMLButtonElement>(null);
  useEffect(() => surface.current?.focus({ preventScroll: true }), []);
  if (touched) {
    return (
      <main key="answer" className="screen language">
        <button type="button" className="language__choice">
          English
        </button>
      </main>
    );
  }
  const words = TABLES[FIRST].attract;
  return (
    <main key="lobby" className="attract">
      <button type="button" className="attract__surface" onClick={() => setTouched(true)} ref={surface}>
        <span className="attract__text" lang={LOCALE_INFO[FIRST].htmlLang} dir={LOCALE_INFO[FIRST].dir}>
          <span className="attract__title">{words.title}</span>
          <span className="attract__subtitle">{words.subtitle}</span>
          <span className="attract__touch">{words.touch}</span>
          <span className="attract__privacy">{words.privacy.replace('{days}', '90')}</span>
        </span>
        <span className="attract__all">
          {ORDER.map((code) => (
            <span key={code} lang={LOCALE_INFO[code].htmlLang} dir={LOCALE_INFO[code].dir}>
              {TABLES[code].attract.touch}
            </span>
          ))}
        </span>
      </button>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Floor />);
