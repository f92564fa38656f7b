import type { KioskHandlers } from '../../shared/api.ts';
import { LOCALE_INFO } from '../../shared/locales.ts';
import type { KioskSettings } from '../../shared/settings-schema.ts';
import type { TutorialsService } from './tutorials/tutorials.service.ts';
import type { VisitsService } from './visits/visits.service.ts';

export interface KioskServiceDeps {
  settings: () => KioskSettings;
  tutorials: TutorialsService;
  visits: VisitsService;
}

/** Implements every call of the contract by composing the services. Requests arrive already validated. */
export function createKioskService(deps: KioskServiceDeps): KioskHandlers {
  return {
    listLocales: () => {
      const s = deps.settings();
      return { locales: s.locales.map((code) => LOCALE_INFO[code]), defaultLocale: s.defaultLocale };
    },
    getSettings: () => deps.settings(),
    startVisit: ({ locale }) => deps.visits.start(locale),
    listTutorials: ({ locale }) => deps.tutorials.list(locale),
    openTutorial: ({ tutorialId, locale, variant, visitId }) => {
      const answer = deps.tutorials.open(tutorialId, locale, variant);
      if (visitId !== undefined) deps.visits.record({ visitId, kind: 'tutorial_opened', tutorialId, locale });
      return answer;
    },
    recordEvent: (event) => {
      deps.visits.record(event);
      return { recorded: true };
    },
  };
}
