import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskApi } from '../../shared/api.ts';
import type { Locale } from '../../shared/locales.ts';
import { applyDocumentLanguage } from '../i18n/i18n.ts';
import { journeyReducer, type JourneyAction, type JourneyState } from './journey.ts';
import { logEvent } from './log-event.ts';
import { visitForLanguage } from './start-visit.ts';

/**
 * The visitor's language choices: on the language screen (a new visit, or one that came back) and from the
 * picker mid-visit. On the language screen two things make the next screen come at once, in the chosen words:
 *   - the kiosk's words switch before the screen is drawn: drawn first, the next screen came a frame in the
 *     language before (Korean chosen, Chinese shown), since the App's effect ran only once startVisit answered;
 *   - a new visitor's visit starts on the side (`visitStarted` brings its id): the phone-language and
 *     question screens need no visit id, and the screens that log with one wait for it (issue 18).
 * The picker only dispatches: its tap's effects run before the frame is painted, and switching the words first
 * there made the switch slower in the tap bench (p95 72 -> 149 ms).
 */
export function useLanguageChoice(
  api: KioskApi,
  journey: JourneyState,
  dispatch: (action: JourneyAction) => void,
  defaultLocale: Locale,
) {
  const { i18n } = useTranslation();
  // The reducer is pure: what the action will make of the journey is known before it is dispatched. If it
  // changes nothing, the language stays (the App's effect keeps the words and the journey in step anyway).
  const act = useCallback(
    (action: JourneyAction) => {
      const next = journeyReducer(journey, action).locale ?? defaultLocale;
      if (next !== i18n.language) {
        void i18n.changeLanguage(next);
        applyDocumentLanguage(next);
      }
      dispatch(action);
    },
    [journey, dispatch, defaultLocale, i18n],
  );

  /** From the language screen. */
  const choose = useCallback(
    (locale: Locale) => {
      const { visitId, assisted } = journey;
      if (visitId) {
        logEvent(api, { visitId, kind: 'language_chosen', locale });
        act({ type: 'languageChosen', locale, visitId });
        return;
      }
      const pending = crypto.randomUUID();
      act({ type: 'languageChosen', locale, pending });
      // Never fails: a visit log that cannot be written gets a visit id minted here (start-visit.ts).
      void visitForLanguage(api, locale, assisted).then((id) =>
        dispatch({ type: 'visitStarted', pending, visitId: id }),
      );
    },
    [api, journey, act, dispatch],
  );

  /** From the picker over a screen: the same visit and screen in other words. */
  const change = useCallback(
    (locale: Locale) => {
      if (journey.visitId) logEvent(api, { visitId: journey.visitId, kind: 'language_chosen', locale });
      dispatch({ type: 'changeLanguage', locale });
    },
    [api, journey.visitId, dispatch],
  );

  return { choose, change };
}
