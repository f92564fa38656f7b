import { describe, expect, it } from 'vitest';
import { initialJourney, journeyReducer, type JourneyAction, type JourneyState } from '../../../renderer/flow/journey.ts';

const VISIT = '6f1c2a4e-0b7d-4c1e-9a51-2f3b4c5d6e7f';
const run = (...actions: JourneyAction[]): JourneyState => actions.reduce(journeyReducer, initialJourney);
const inTutorial = (): JourneyState =>
  run({ type: 'touch' }, { type: 'languageChosen', locale: 'zh-Hant', visitId: VISIT }, { type: 'tutorialChosen', tutorialId: 'iphone-turn-off-facetime' });

describe('the visitor journey', () => {
  it('go attract -> language -> tutorials -> tutorial', () => {
    expect(run().screen).toBe('attract');
    expect(run({ type: 'touch' }).screen).toBe('language');
    const listed = run({ type: 'touch' }, { type: 'languageChosen', locale: 'zh-Hant', visitId: VISIT });
    expect(listed).toMatchObject({ screen: 'tutorials', locale: 'zh-Hant', visitId: VISIT });
    expect(inTutorial()).toMatchObject({ screen: 'tutorial', tutorialId: 'iphone-turn-off-facetime', variantId: null, stepIndex: 0 });
  });

  it('step forward only after a version is chosen, and never past the last step', () => {
    let s = journeyReducer(inTutorial(), { type: 'next', stepCount: 3 });
    expect(s.stepIndex).toBe(0);
    s = journeyReducer(s, { type: 'variantChosen', variantId: 'ios-17-and-earlier', asked: true });
    for (let i = 0; i < 5; i++) s = journeyReducer(s, { type: 'next', stepCount: 3 });
    expect(s.stepIndex).toBe(2);
  });

  it('go back step by step, then to the version question, then to the list', () => {
    let s = journeyReducer(inTutorial(), { type: 'variantChosen', variantId: 'ios-18-and-later', asked: true });
    s = journeyReducer(s, { type: 'next', stepCount: 5 });
    s = journeyReducer(s, { type: 'back' });
    expect(s).toMatchObject({ screen: 'tutorial', stepIndex: 0, variantId: 'ios-18-and-later' });
    s = journeyReducer(s, { type: 'back' });
    expect(s).toMatchObject({ screen: 'tutorial', variantId: null });
    s = journeyReducer(s, { type: 'back' });
    expect(s).toMatchObject({ screen: 'tutorials', tutorialId: null });
  });

  it('go straight back to the list from a tutorial whose only version was chosen without asking', () => {
    let s = journeyReducer(inTutorial(), { type: 'variantChosen', variantId: 'only', asked: false });
    s = journeyReducer(s, { type: 'back' });
    expect(s).toMatchObject({ screen: 'tutorials', tutorialId: null, variantId: null });
  });

  it('remember a finished tutorial once and return to the list', () => {
    let s = journeyReducer(inTutorial(), { type: 'variantChosen', variantId: 'ios-18-and-later', asked: true });
    s = journeyReducer(s, { type: 'tutorialFinished' });
    s = journeyReducer(s, { type: 'tutorialChosen', tutorialId: 'iphone-turn-off-facetime' });
    s = journeyReducer(s, { type: 'tutorialFinished' });
    expect(s).toMatchObject({ screen: 'tutorials', completed: ['iphone-turn-off-facetime'] });
  });

  it('keep the same visit and its progress when the visitor goes back to change language', () => {
    let s = journeyReducer(inTutorial(), { type: 'variantChosen', variantId: 'ios-18-and-later', asked: true });
    s = journeyReducer(s, { type: 'tutorialFinished' });
    s = journeyReducer(s, { type: 'back' });
    expect(s).toMatchObject({ screen: 'language', visitId: VISIT });
    s = journeyReducer(s, { type: 'languageChosen', locale: 'ar', visitId: VISIT });
    expect(s).toMatchObject({ screen: 'tutorials', locale: 'ar', visitId: VISIT, completed: ['iphone-turn-off-facetime'] });
  });

  it('leave nothing of the previous visitor after start over', () => {
    let s = journeyReducer(inTutorial(), { type: 'variantChosen', variantId: 'ios-18-and-later', asked: true });
    s = journeyReducer(s, { type: 'tutorialFinished' });
    expect(journeyReducer(s, { type: 'startOver' })).toEqual(initialJourney);
  });

  it('ignore actions that do not belong to the current screen', () => {
    expect(run({ type: 'tutorialChosen', tutorialId: 'x' })).toEqual(initialJourney);
    expect(run({ type: 'languageChosen', locale: 'ar', visitId: VISIT })).toEqual(initialJourney);
    expect(run({ type: 'next', stepCount: 4 })).toEqual(initialJourney);
  });
});
