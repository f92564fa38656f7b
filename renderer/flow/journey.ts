import type { Locale } from '../../shared/locales.ts';

/**
 * The visitor's journey as one explicit state machine. Screens only dispatch actions; every move and
 * every reset is decided here, so the whole journey can be read and tested in one place.
 */
export type Screen = 'attract' | 'language' | 'tutorials' | 'tutorial';

export interface JourneyState {
  screen: Screen;
  locale: Locale | null;
  visitId: string | null;
  tutorialId: string | null;
  /** The variant the visitor picked for their phone; null until they pick (or there is only one). */
  variantId: string | null;
  /** false when the tutorial has one variant and it was chosen without asking: Back then skips the question. */
  variantAsked: boolean;
  stepIndex: number;
  /** Tutorials finished in this visit, in the order finished. */
  completed: string[];
}

export type JourneyAction =
  | { type: 'touch' }
  | { type: 'languageChosen'; locale: Locale; visitId: string }
  | { type: 'tutorialChosen'; tutorialId: string }
  | { type: 'variantChosen'; variantId: string; asked: boolean }
  | { type: 'next'; stepCount: number }
  | { type: 'back' }
  | { type: 'tutorialFinished' }
  | { type: 'backToList' }
  | { type: 'startOver' };

export const initialJourney: JourneyState = {
  screen: 'attract',
  locale: null,
  visitId: null,
  tutorialId: null,
  variantId: null,
  variantAsked: false,
  stepIndex: 0,
  completed: [],
};

const toList = (s: JourneyState): JourneyState => ({ ...s, screen: 'tutorials', tutorialId: null, variantId: null, variantAsked: false, stepIndex: 0 });

export function journeyReducer(state: JourneyState, action: JourneyAction): JourneyState {
  switch (action.type) {
    case 'touch':
      return state.screen === 'attract' ? { ...initialJourney, screen: 'language' } : state;
    case 'languageChosen':
      return state.screen === 'language' ? { ...state, screen: 'tutorials', locale: action.locale, visitId: action.visitId } : state;
    case 'tutorialChosen':
      return state.screen === 'tutorials' ? { ...state, screen: 'tutorial', tutorialId: action.tutorialId, variantId: null, stepIndex: 0 } : state;
    case 'variantChosen':
      return state.screen === 'tutorial' ? { ...state, variantId: action.variantId, variantAsked: action.asked, stepIndex: 0 } : state;
    case 'next':
      if (state.screen !== 'tutorial' || state.variantId === null) return state;
      return { ...state, stepIndex: Math.min(state.stepIndex + 1, action.stepCount - 1) };
    case 'back':
      if (state.screen === 'tutorial') {
        if (state.stepIndex > 0) return { ...state, stepIndex: state.stepIndex - 1 };
        // From the first step, Back returns to the version question (if there was one), then to the list.
        return state.variantId !== null && state.variantAsked ? { ...state, variantId: null, variantAsked: false } : toList(state);
      }
      if (state.screen === 'tutorials') return { ...state, screen: 'language' };
      if (state.screen === 'language') return initialJourney;
      return state;
    case 'tutorialFinished': {
      if (state.screen !== 'tutorial' || state.tutorialId === null) return state;
      const completed = state.completed.includes(state.tutorialId) ? state.completed : [...state.completed, state.tutorialId];
      return { ...toList(state), completed };
    }
    case 'backToList':
      return state.screen === 'tutorial' ? toList(state) : state;
    case 'startOver':
      // Nothing of this visitor survives: language, visit, progress.
      return initialJourney;
  }
}
