import { inject } from 'vitest';
import type { Locale } from '../../shared/locales.ts';
import { fakeKiosk, type FakeKiosk } from './fake-kiosk.ts';

/**
 * A fake core that answers every call the journey's screens make with what the real core answered
 * in Node (screen-answers.ts, tutorial-views-setup.ts): the screens draw the real content.
 */
export function realAnswers(locale: Locale): FakeKiosk {
  const a = inject('screenAnswers')[locale];
  const tutorials = inject('tutorialViews')[locale];
  return fakeKiosk({
    listLocales: () => a.listLocales,
    getSettings: () => a.settings,
    getQuestions: () => a.questions,
    listTutorials: () => a.tutorials,
    makePlan: () => a.plan,
    getSafetyAdvice: () => a.safety,
    composeSheet: () => a.sheet,
    openTutorial: ({ tutorialId, variant }) => {
      const tutorial = tutorials.find((t) => t.id === tutorialId);
      const chosen = tutorial?.variants.find((v) => v.id === variant) ?? tutorial?.variants[0];
      if (!tutorial || !chosen) throw new Error(`no tutorial ${tutorialId}`);
      return { tutorial, variant: chosen };
    },
  });
}
