import { useEffect } from 'react';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { ReadKioskApi } from '../api/read-only-api.ts';
import { UI_STRINGS } from '../i18n/i18n.ts';
import { loadAllFonts } from '../styles/all-fonts.ts';
import { stringsIn, warmFonts } from './font-warming.ts';
import { AFTER_START_MS, whenIdle } from './when-idle.ts';

/**
 * Once per page, while the lobby waits: the font files every offered language needs for the kiosk's own
 * words, its questions and its guides' titles (font-warming.ts), one language after another in idle time.
 * The first screens of a visit and a change of language then find their characters loaded, whichever
 * language the next visitor reads. The reads go through the font-warming door (api/warm-answers.ts); their
 * answers are content, the same for every visitor, and are not kept. Nothing waits for this.
 */
export function useWarmLanguages(read: ReadKioskApi, locales: readonly Locale[]): void {
  const key = locales.join(',');
  useEffect(() => {
    let stopped = false;
    const warmNext = async (rest: Locale[]) => {
      const [locale, ...later] = rest;
      if (stopped || !locale) return;
      // The faces to warm are all of fonts.css's (styles/all-fonts.ts). If it failed to load, the next content
      // answer asks again (App's warming door); warming what the lobby's faces cover does no harm meanwhile.
      await loadAllFonts().catch(() => {});
      if (stopped) return;
      // The core's content in this language: warmed as the answers arrive. A failure only leaves it to load on demand.
      await Promise.allSettled([
        warmFonts(LOCALE_INFO[locale].htmlLang, stringsIn(UI_STRINGS[locale])),
        read.getQuestions({ locale }),
        read.listTutorials({ locale }),
      ]);
      whenIdle(() => void warmNext(later), 2000);
    };
    const timer = setTimeout(() => whenIdle(() => void warmNext(key.split(',') as Locale[]), 2000), AFTER_START_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [read, key]);
}
