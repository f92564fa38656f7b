import { describe, expect, it } from 'vitest';
import {
  canOpenLinked,
  initialJourney,
  journeyReducer,
  type JourneyAction,
  type JourneyState,
} from '../../../renderer/flow/journey.ts';
import type { PhoneLocale } from '../../../shared/phone-picture.ts';

const VISIT = '6f1c2a4e-0b7d-4c1e-9a51-2f3b4c5d6e7f';
const FACETIME = 'iphone-turn-off-facetime';
const PLAN = [
  { tutorialId: 'general-stop-screen-share' },
  { tutorialId: FACETIME },
  { tutorialId: 'iphone-silence-unknown-callers' },
];
const run = (...actions: JourneyAction[]): JourneyState => actions.reduce(journeyReducer, initialJourney);
const answer = (questionId: string, answerId: string): JourneyAction => ({
  type: 'answered',
  questionId,
  answerIds: [answerId],
  questionCount: 3,
});
/** phone-language: the answer to "Your phone's menus are in…", right after the reading language. */
const phoneIs = (phoneLocale: PhoneLocale): JourneyAction => ({ type: 'phoneLanguageChosen', phoneLocale });
const atPlan = () =>
  run(
    { type: 'touch' },
    { type: 'languageChosen', locale: 'zh-Hant', visitId: VISIT },
    phoneIs('en'),
    answer('phone', 'phone-iphone'),
    answer('apps', 'apps-whatsapp'),
    answer('stranger-call', 'stranger-call-yes'),
    { type: 'planReady', actions: PLAN },
  );
const inTutorial = () => journeyReducer(atPlan(), { type: 'tutorialChosen', tutorialId: FACETIME });

describe('the visitor journey', () => {
  it('go attract -> language -> one question per screen -> plan', () => {
    expect(run().screen).toBe('attract');
    expect(run({ type: 'touch' }).screen).toBe('language');
    const phone = run({ type: 'touch' }, { type: 'languageChosen', locale: 'zh-Hant', visitId: VISIT });
    expect(phone).toMatchObject({ screen: 'phoneLanguage', locale: 'zh-Hant', visitId: VISIT, phoneLocale: null });
    const asking = journeyReducer(phone, phoneIs('en'));
    expect(asking).toMatchObject({ screen: 'question', questionIndex: 0, phoneLocale: 'en' });
    const second = journeyReducer(asking, answer('phone', 'phone-iphone'));
    expect(second).toMatchObject({ screen: 'question', questionIndex: 1, answers: { phone: ['phone-iphone'] } });
    const planned = atPlan();
    expect(planned).toMatchObject({
      screen: 'plan',
      plan: PLAN,
      answers: { phone: ['phone-iphone'], apps: ['apps-whatsapp'], 'stranger-call': ['stranger-call-yes'] },
    });
  });

  it('go back through the questions, keeping the answers given', () => {
    let s = journeyReducer(atPlan(), { type: 'back' });
    expect(s).toMatchObject({ screen: 'question', questionIndex: 2 });
    s = journeyReducer(s, { type: 'back' });
    s = journeyReducer(s, { type: 'back' });
    expect(s).toMatchObject({ screen: 'question', questionIndex: 0, answers: { phone: ['phone-iphone'] } });
    s = journeyReducer(s, { type: 'back' });
    expect(s).toMatchObject({ screen: 'phoneLanguage', phoneLocale: 'en' });
    expect(journeyReducer(s, { type: 'back' }).screen).toBe('language');
  });

  it('drop the old plan when an answer changes, until the core ranks a new one', () => {
    let s = journeyReducer(atPlan(), { type: 'back' });
    s = journeyReducer(s, answer('stranger-call', 'stranger-call-no'));
    expect(s).toMatchObject({ screen: 'plan', plan: null, answers: { 'stranger-call': ['stranger-call-no'] } });
  });

  it('open a tutorial with the variant the answers settled, and go straight back without asking the version', () => {
    let s = journeyReducer(atPlan(), { type: 'tutorialChosen', tutorialId: 'whatsapp-block-report', variantId: 'ios' });
    expect(s).toMatchObject({ screen: 'tutorial', variantId: 'ios', variantAsked: false, returnTo: 'plan' });
    s = journeyReducer(s, { type: 'back' });
    expect(s).toMatchObject({ screen: 'plan', tutorialId: null });
  });

  it('step forward only after a version is chosen, and never past the last step', () => {
    let s = journeyReducer(inTutorial(), { type: 'next', stepCount: 3 });
    expect(s.stepIndex).toBe(0);
    s = journeyReducer(s, { type: 'variantChosen', variantId: 'ios-17-and-earlier', asked: true });
    for (let i = 0; i < 5; i++) s = journeyReducer(s, { type: 'next', stepCount: 3 });
    expect(s.stepIndex).toBe(2);
  });

  it('go back step by step, then to the version question, then to where the visitor came from', () => {
    let s = journeyReducer(inTutorial(), { type: 'variantChosen', variantId: 'ios-18-and-later', asked: true });
    s = journeyReducer(s, { type: 'next', stepCount: 5 });
    s = journeyReducer(s, { type: 'back' });
    expect(s).toMatchObject({ screen: 'tutorial', stepIndex: 0, variantId: 'ios-18-and-later' });
    s = journeyReducer(s, { type: 'back' });
    expect(s).toMatchObject({ screen: 'tutorial', variantId: null });
    s = journeyReducer(s, { type: 'back' });
    expect(s).toMatchObject({ screen: 'plan', tutorialId: null });
  });

  it('return "I did it" to the plan, or to the list of guides when the tutorial came from there', () => {
    let s = journeyReducer(inTutorial(), { type: 'variantChosen', variantId: 'ios-18-and-later', asked: true });
    s = journeyReducer(s, { type: 'tutorialFinished' });
    expect(s).toMatchObject({ screen: 'plan', completed: [FACETIME] });
    s = journeyReducer(s, { type: 'browse' });
    s = journeyReducer(s, { type: 'tutorialChosen', tutorialId: 'wechat-pay-safety', variantId: 'wechat-8' });
    s = journeyReducer(s, { type: 'tutorialFinished' });
    expect(s).toMatchObject({ screen: 'browse', completed: [FACETIME, 'wechat-pay-safety'] });
  });

  it('keep the same visit, answers and progress when the visitor goes back to change language', () => {
    let s = journeyReducer(inTutorial(), { type: 'variantChosen', variantId: 'ios-18-and-later', asked: true });
    s = journeyReducer(s, { type: 'tutorialFinished' });
    // plan -> question 3 -> 2 -> 1 -> phone language -> language
    for (let i = 0; i < 5; i++) s = journeyReducer(s, { type: 'back' });
    expect(s).toMatchObject({ screen: 'language', visitId: VISIT });
    s = journeyReducer(s, { type: 'languageChosen', locale: 'ar', visitId: VISIT });
    // Through the phone's language again, its earlier answer kept (shown as chosen).
    expect(s).toMatchObject({ screen: 'phoneLanguage', phoneLocale: 'en' });
    s = journeyReducer(s, phoneIs('en'));
    expect(s).toMatchObject({ screen: 'plan', locale: 'ar', visitId: VISIT, completed: [FACETIME], plan: PLAN });
  });

  it('open help and "calling me now" over any screen but the attract screen, and close back to the same place', () => {
    const s = journeyReducer(inTutorial(), { type: 'openOverlay', overlay: 'scamNow' });
    expect(s).toMatchObject({ screen: 'tutorial', overlay: 'scamNow', tutorialId: FACETIME });
    expect(journeyReducer(s, { type: 'closeOverlay' })).toEqual({ ...s, overlay: null });
    expect(journeyReducer(initialJourney, { type: 'openOverlay', overlay: 'help' })).toEqual(initialJourney);
  });

  it('open "I already paid" over a tutorial step and close back to the same step, never over the attract screen', () => {
    const step = journeyReducer(
      journeyReducer(inTutorial(), { type: 'variantChosen', variantId: 'ios-18', asked: true }),
      { type: 'next', stepCount: 5 },
    );
    const s = journeyReducer(step, { type: 'openOverlay', overlay: 'afterScam' });
    expect(s).toMatchObject({
      screen: 'tutorial',
      overlay: 'afterScam',
      tutorialId: FACETIME,
      variantId: 'ios-18',
      stepIndex: 1,
    });
    // From one urgent card straight to the other: one dialog at a time.
    expect(journeyReducer(s, { type: 'openOverlay', overlay: 'scamNow' }).overlay).toBe('scamNow');
    expect(journeyReducer(s, { type: 'closeOverlay' })).toEqual(step);
    expect(journeyReducer(initialJourney, { type: 'openOverlay', overlay: 'afterScam' })).toEqual(initialJourney);
    // Start over wipes it with everything else.
    expect(journeyReducer(s, { type: 'startOver' })).toEqual(initialJourney);
  });

  it('finish from the plan to the done screen', () => {
    expect(journeyReducer(atPlan(), { type: 'finish' }).screen).toBe('done');
  });

  it('open the checklist from the done screen, keep its code when reopened, and come back to done', () => {
    const done = journeyReducer(journeyReducer(inTutorial(), { type: 'tutorialFinished' }), { type: 'finish' });
    let s = journeyReducer(done, { type: 'openChecklist' });
    expect(s.screen).toBe('checklist');
    s = journeyReducer(s, { type: 'checklistSaved', code: '48271935' });
    s = journeyReducer(s, { type: 'back' });
    expect(s).toMatchObject({ screen: 'done', checklistCode: '48271935', completed: [FACETIME] });
    expect(journeyReducer(s, { type: 'openChecklist' })).toMatchObject({
      screen: 'checklist',
      checklistCode: '48271935',
    });
    // A code is only ever taken while the checklist is on screen.
    expect(journeyReducer(done, { type: 'checklistSaved', code: '11112222' }).checklistCode).toBeNull();
    expect(journeyReducer(atPlan(), { type: 'openChecklist' }).screen).toBe('plan');
  });

  it('go back from the done screen to the plan, which is kept', () => {
    const done = journeyReducer(journeyReducer(inTutorial(), { type: 'tutorialFinished' }), { type: 'finish' });
    expect(journeyReducer(done, { type: 'back' })).toMatchObject({ screen: 'plan', plan: PLAN, completed: [FACETIME] });
  });

  it('keep what was finished in this visit when a code brings back an older plan', () => {
    let s = journeyReducer(journeyReducer(inTutorial(), { type: 'tutorialFinished' }), { type: 'back' });
    s = journeyReducer(journeyReducer(journeyReducer(s, { type: 'back' }), { type: 'back' }), { type: 'openResume' });
    expect(s.screen).toBe('resume');
    s = journeyReducer(s, { type: 'resumed', actions: PLAN, completed: ['general-stop-screen-share', FACETIME] });
    expect(s.completed).toEqual(['general-stop-screen-share', FACETIME]);
  });

  it('enter a checklist code on the first question and get that plan back, with what was done', () => {
    const asking = run({ type: 'touch' }, { type: 'languageChosen', locale: 'ar', visitId: VISIT }, phoneIs('unknown'));
    let s = journeyReducer(asking, { type: 'openResume' });
    expect(s.screen).toBe('resume');
    expect(journeyReducer(s, { type: 'back' })).toMatchObject({ screen: 'question', questionIndex: 0 });
    s = journeyReducer(s, { type: 'resumed', actions: PLAN, completed: [FACETIME] });
    expect(s).toMatchObject({
      screen: 'plan',
      plan: PLAN,
      completed: [FACETIME],
      locale: 'ar',
      visitId: VISIT,
      checklistCode: null,
    });
    // Not from a later question, and never without the resume screen.
    expect(journeyReducer(journeyReducer(asking, answer('phone', 'phone-iphone')), { type: 'openResume' }).screen).toBe(
      'question',
    );
    expect(journeyReducer(asking, { type: 'resumed', actions: PLAN, completed: [] }).screen).toBe('question');
  });

  describe('"Not sure" which phone: the "let\'s find out" screen', () => {
    const asking = () =>
      run({ type: 'touch' }, { type: 'languageChosen', locale: 'zh-Hant', visitId: VISIT }, phoneIs('zh-Hant'));
    const finding = () => journeyReducer(asking(), { type: 'findPhone' });

    it('open over the phone question, keeping its place', () => {
      expect(finding()).toMatchObject({ screen: 'findPhone', questionIndex: 0, answers: {} });
    });

    it.each([
      ["It's an iPhone", 'phone-iphone'],
      ["It's an Android", 'phone-other-android'],
      ["I still don't know", 'phone-not-sure'],
    ])('answer the phone question with "%s" and go on to the next question', (_button, answerId) => {
      expect(journeyReducer(finding(), answer('phone', answerId))).toMatchObject({
        screen: 'question',
        questionIndex: 1,
        answers: { phone: [answerId] },
      });
    });

    it('go back to the phone question, answering nothing', () => {
      expect(journeyReducer(finding(), { type: 'back' })).toMatchObject({
        screen: 'question',
        questionIndex: 0,
        answers: {},
      });
    });

    it('open only from a question, and take the checklist code only from the question itself', () => {
      expect(journeyReducer(atPlan(), { type: 'findPhone' }).screen).toBe('plan');
      expect(run({ type: 'findPhone' })).toEqual(initialJourney);
      expect(journeyReducer(finding(), { type: 'openResume' }).screen).toBe('findPhone');
    });

    it('is wiped like everything else by start over, and keeps overlays over it', () => {
      const helped = journeyReducer(finding(), { type: 'openOverlay', overlay: 'help' });
      expect(helped).toMatchObject({ screen: 'findPhone', overlay: 'help' });
      expect(journeyReducer(helped, { type: 'startOver' })).toEqual(initialJourney);
    });
  });

  it('change text size, colours and reading speed on any screen, and keep them through the visit', () => {
    let s = journeyReducer(inTutorial(), { type: 'display', choices: { textSize: 3, theme: 'contrast-dark' } });
    s = journeyReducer(s, { type: 'display', choices: { speechRate: 'slow' } });
    s = journeyReducer(s, { type: 'tutorialFinished' });
    expect(s.display).toEqual({ textSize: 3, theme: 'contrast-dark', speechRate: 'slow' });
  });

  it('leave nothing of the previous visitor after start over', () => {
    let s = journeyReducer(inTutorial(), {
      type: 'display',
      choices: { textSize: 3, theme: 'colour-blind', speechRate: 'slow' },
    });
    s = journeyReducer(s, { type: 'variantChosen', variantId: 'ios-18-and-later', asked: true });
    s = journeyReducer(s, { type: 'tutorialFinished' });
    s = journeyReducer(journeyReducer(journeyReducer(s, { type: 'finish' }), { type: 'openChecklist' }), {
      type: 'checklistSaved',
      code: '48271935',
    });
    s = journeyReducer(s, { type: 'openOverlay', overlay: 'help' });
    expect(s.checklistCode).toBe('48271935');
    expect(journeyReducer(s, { type: 'startOver' })).toEqual(initialJourney);
  });

  // log-owner (issue 16): visit ids do not link across resets, at the page as in the core's log.
  it("give the next visitor only the core's new visit id: nothing of the previous visit's id or code", () => {
    const saved = journeyReducer(
      journeyReducer(journeyReducer(atPlan(), { type: 'finish' }), { type: 'openChecklist' }),
      {
        type: 'checklistSaved',
        code: '48271935',
      },
    );
    const reset = journeyReducer(saved, { type: 'startOver' });
    expect(reset.visitId).toBeNull();
    const NEXT = '0a9d8e7f-6c5b-4a39-8b27-160504f3e2d1';
    const next = journeyReducer(journeyReducer(reset, { type: 'touch' }), {
      type: 'languageChosen',
      locale: 'zh-Hant',
      visitId: NEXT,
    });
    expect(next.visitId).toBe(NEXT);
    expect(JSON.stringify(next)).not.toContain(VISIT);
    expect(JSON.stringify(next)).not.toContain('48271935');
  });

  it('start the common version for a visitor who does not know theirs, and forget that with another choice', () => {
    let s = journeyReducer(inTutorial(), {
      type: 'variantChosen',
      variantId: 'ios-18-and-later',
      asked: true,
      unsure: true,
    });
    expect(s).toMatchObject({
      screen: 'tutorial',
      variantId: 'ios-18-and-later',
      variantAsked: true,
      versionUnsure: true,
      stepIndex: 0,
    });
    // "It looks different" -> another version: now they chose it.
    s = journeyReducer(s, { type: 'variantChosen', variantId: 'ios-17-and-earlier', asked: true });
    expect(s.versionUnsure).toBe(false);
    // Back from the first step asks again.
    s = journeyReducer(
      journeyReducer(s, { type: 'variantChosen', variantId: 'ios-18-and-later', asked: true, unsure: true }),
      { type: 'back' },
    );
    expect(s).toMatchObject({ variantId: null, versionUnsure: false });
  });

  it('open a guide a step names, and come back to the same step when it is finished or left', () => {
    const SILENCE_FT = 'iphone-facetime-unknown-callers';
    let s = journeyReducer(atPlan(), { type: 'tutorialChosen', tutorialId: SILENCE_FT });
    s = journeyReducer(s, { type: 'variantChosen', variantId: 'ios-26', asked: true });
    s = journeyReducer(s, { type: 'next', stepCount: 8 });
    s = journeyReducer(s, { type: 'next', stepCount: 8 });
    const from = journeyReducer(s, { type: 'openLinkedGuide', tutorialId: FACETIME });
    expect(from).toMatchObject({
      screen: 'tutorial',
      tutorialId: FACETIME,
      variantId: null,
      stepIndex: 0,
      linkedFrom: [{ tutorialId: SILENCE_FT, variantId: 'ios-26', stepIndex: 2 }],
    });
    // Finishing the opened guide ticks it and returns to step 3 of the first.
    let done = journeyReducer(
      journeyReducer(from, { type: 'variantChosen', variantId: 'ios-18-and-later', asked: true }),
      { type: 'tutorialFinished' },
    );
    expect(done).toMatchObject({
      screen: 'tutorial',
      tutorialId: SILENCE_FT,
      variantId: 'ios-26',
      stepIndex: 2,
      linkedFrom: [],
    });
    expect(done.completed).toEqual([FACETIME]);
    // Back out of it (at its version question) returns too, without a tick.
    const left = journeyReducer(from, { type: 'back' });
    expect(left).toMatchObject({ tutorialId: SILENCE_FT, stepIndex: 2, linkedFrom: [], completed: [] });
    // Finishing the first guide then goes back to the plan as usual.
    done = journeyReducer(done, { type: 'tutorialFinished' });
    expect(done).toMatchObject({ screen: 'plan', tutorialId: null, completed: [FACETIME, SILENCE_FT] });
  });

  it('never open a guide that is already open in the chain (no loops between two guides naming each other)', () => {
    let s = journeyReducer(inTutorial(), { type: 'variantChosen', variantId: 'ios-18-and-later', asked: true });
    expect(canOpenLinked(s, FACETIME)).toBe(false);
    expect(journeyReducer(s, { type: 'openLinkedGuide', tutorialId: FACETIME })).toBe(s);
    s = journeyReducer(s, { type: 'openLinkedGuide', tutorialId: 'iphone-facetime-unknown-callers' });
    expect(canOpenLinked(s, FACETIME)).toBe(false);
    expect(canOpenLinked(s, 'iphone-silence-unknown-callers')).toBe(true);
    // Start over forgets the chain.
    expect(journeyReducer(s, { type: 'startOver' }).linkedFrom).toEqual([]);
  });

  it('change language mid-visit from the top bar, keeping the screen, the guide and the step', () => {
    let s = journeyReducer(inTutorial(), { type: 'variantChosen', variantId: 'ios-18-and-later', asked: true });
    s = journeyReducer(s, { type: 'next', stepCount: 5 });
    s = journeyReducer(journeyReducer(s, { type: 'openOverlay', overlay: 'language' }), {
      type: 'changeLanguage',
      locale: 'ar',
    });
    expect(s).toMatchObject({
      screen: 'tutorial',
      tutorialId: FACETIME,
      stepIndex: 1,
      locale: 'ar',
      overlay: null,
      visitId: VISIT,
    });
    // Not before a language was chosen at all (that is the language screen's job).
    expect(run({ type: 'touch' }, { type: 'changeLanguage', locale: 'ar' }).locale).toBeNull();
  });

  it('ignore actions that do not belong to the current screen', () => {
    expect(run({ type: 'tutorialChosen', tutorialId: 'x' })).toEqual(initialJourney);
    expect(run({ type: 'languageChosen', locale: 'ar', visitId: VISIT })).toEqual(initialJourney);
    expect(run({ type: 'next', stepCount: 4 })).toEqual(initialJourney);
    expect(run({ type: 'planReady', actions: PLAN })).toEqual(initialJourney);
    expect(run({ type: 'finish' })).toEqual(initialJourney);
  });
});

// issue 18: a new visitor's visit starts on the side of their language choice; its id lands when it comes.
describe('a visit started on the side', () => {
  const PENDING = 'start-1';
  const chosen = () => run({ type: 'touch' }, { type: 'languageChosen', locale: 'ko', pending: PENDING });

  it('moves on at once, with no visit id yet, and takes the id the start comes back with', () => {
    expect(chosen()).toMatchObject({ screen: 'phoneLanguage', locale: 'ko', visitId: null, visitPending: PENDING });
    const started = journeyReducer(chosen(), { type: 'visitStarted', pending: PENDING, visitId: VISIT });
    expect(started).toMatchObject({ screen: 'phoneLanguage', visitId: VISIT, visitPending: null });
  });

  it('lands wherever the visitor has got to, even under the staff pad', () => {
    const answered = journeyReducer(journeyReducer(chosen(), phoneIs('en')), answer('phone', 'phone-iphone'));
    expect(journeyReducer(answered, { type: 'visitStarted', pending: PENDING, visitId: VISIT })).toMatchObject({
      screen: 'question',
      questionIndex: 1,
      visitId: VISIT,
    });
    const pad = journeyReducer(chosen(), { type: 'openStaff' });
    expect(pad.screen).toBe('staffPin');
    expect(journeyReducer(pad, { type: 'visitStarted', pending: PENDING, visitId: VISIT }).visitId).toBe(VISIT);
  });

  it("never gives a start that comes back after a reset to the next visitor, nor another start's id", () => {
    const next = journeyReducer(journeyReducer(chosen(), { type: 'startOver' }), { type: 'touch' });
    expect(journeyReducer(next, { type: 'visitStarted', pending: PENDING, visitId: VISIT })).toEqual(next);
    const other = journeyReducer(next, { type: 'languageChosen', locale: 'ar', pending: 'start-2' });
    expect(journeyReducer(other, { type: 'visitStarted', pending: PENDING, visitId: VISIT })).toEqual(other);
  });

  it('keeps the visit of a visitor who came back to change language', () => {
    const back = journeyReducer(journeyReducer(atPlan(), { type: 'back' }), { type: 'back' });
    const language = journeyReducer(journeyReducer(journeyReducer(back, { type: 'back' }), { type: 'back' }), {
      type: 'back',
    });
    expect(language.screen).toBe('language');
    expect(journeyReducer(language, { type: 'languageChosen', locale: 'ar', visitId: VISIT })).toMatchObject({
      screen: 'phoneLanguage',
      locale: 'ar',
      visitId: VISIT,
      visitPending: null,
    });
  });
});

// phone-language (issue 17): "Your phone's menus are in…", once, right after the reading language.
describe("the phone's language in the journey", () => {
  const asked = () => run({ type: 'touch' }, { type: 'languageChosen', locale: 'zh-Hant', visitId: VISIT });

  it('asks it once, right after the reading language, before the first question', () => {
    expect(asked()).toMatchObject({ screen: 'phoneLanguage', phoneLocale: null });
    // The questions do not start until it is answered.
    expect(journeyReducer(asked(), answer('phone', 'phone-iphone'))).toEqual(asked());
    expect(journeyReducer(asked(), { type: 'openResume' })).toEqual(asked());
    expect(journeyReducer(asked(), phoneIs('unknown'))).toMatchObject({ screen: 'question', phoneLocale: 'unknown' });
  });

  it('is answered only on its screen or its overlay', () => {
    expect(run(phoneIs('en'))).toEqual(initialJourney);
    expect(journeyReducer(atPlan(), phoneIs('ko'))).toEqual(atPlan());
  });

  it('is kept when the visitor changes reading language mid-visit, on the same step', () => {
    const step = journeyReducer(inTutorial(), {
      type: 'variantChosen',
      variantId: 'ios-26',
      asked: true,
      stepIndex: 2,
    });
    const arabic = journeyReducer(step, { type: 'changeLanguage', locale: 'ar' });
    expect(arabic).toMatchObject({ locale: 'ar', phoneLocale: 'en', screen: 'tutorial', stepIndex: 2 });
  });

  it('is changed from the tutorial screen over an overlay, back on the same step', () => {
    const step = journeyReducer(inTutorial(), {
      type: 'variantChosen',
      variantId: 'ios-26',
      asked: true,
      stepIndex: 2,
    });
    const choosing = journeyReducer(step, { type: 'openOverlay', overlay: 'phoneLanguage' });
    expect(choosing).toMatchObject({ overlay: 'phoneLanguage', screen: 'tutorial' });
    const changed = journeyReducer(choosing, phoneIs('zh-Hant'));
    expect(changed).toEqual({ ...step, phoneLocale: 'zh-Hant' });
    // Closing it changes nothing.
    expect(journeyReducer(choosing, { type: 'closeOverlay' })).toEqual(step);
  });

  it('is cleared by start over, and a new visit is asked again', () => {
    const reset = journeyReducer(atPlan(), { type: 'startOver' });
    expect(reset.phoneLocale).toBeNull();
    const next = journeyReducer(journeyReducer(reset, { type: 'touch' }), {
      type: 'languageChosen',
      locale: 'ko',
      visitId: VISIT,
    });
    expect(next).toMatchObject({ screen: 'phoneLanguage', phoneLocale: null });
  });

  it('comes back with a continued visit after the idle reset', () => {
    const continued = journeyReducer(initialJourney, { type: 'restore', state: atPlan() });
    expect(continued.phoneLocale).toBe('en');
  });

  it('is asked in an assisted visit like in any visit', () => {
    const home = journeyReducer(journeyReducer(atPlan(), { type: 'openStaff' }), { type: 'staffSignedIn' });
    const assisted = journeyReducer(journeyReducer(home, { type: 'startAssisted' }), {
      type: 'languageChosen',
      locale: 'ar',
      visitId: VISIT,
    });
    expect(assisted).toMatchObject({ screen: 'phoneLanguage', phoneLocale: null, assisted: true });
  });

  it("is 'unknown' in a visit a staff tool starts with none running, and kept in a running one", () => {
    const NEW_VISIT = '0d3b6a8e-5c1f-4e2a-9b7d-1a2b3c4d5e6f';
    const guides = (s: JourneyState) =>
      journeyReducer(journeyReducer(journeyReducer(s, { type: 'openStaff' }), { type: 'staffSignedIn' }), {
        type: 'staffPage',
        page: 'staffGuides',
      });
    const open = (start?: { locale: 'es'; visitId: string }): JourneyAction => ({
      type: 'staffOpenGuide',
      tutorialId: FACETIME,
      variantId: 'ios-26',
      ...(start && { start }),
    });
    const fresh = journeyReducer(guides(initialJourney), open({ locale: 'es', visitId: NEW_VISIT }));
    expect(fresh).toMatchObject({ screen: 'tutorial', phoneLocale: 'unknown', locale: 'es' });
    expect(journeyReducer(guides(atPlan()), open()).phoneLocale).toBe('en');
  });
});

describe('staff screens in the journey', () => {
  it('open the PIN pad over any screen, and come back to that screen when staff leave the pad or staff home', () => {
    const plan = atPlan();
    const pad = journeyReducer({ ...plan, overlay: 'help' }, { type: 'openStaff' });
    expect(pad).toMatchObject({ screen: 'staffPin', overlay: null, staffReturn: 'plan', plan: PLAN });
    expect(journeyReducer(pad, { type: 'back' })).toMatchObject({ screen: 'plan', plan: PLAN });
    const home = journeyReducer(pad, { type: 'staffSignedIn' });
    expect(home.screen).toBe('staffHome');
    expect(journeyReducer(home, { type: 'leaveStaff' })).toMatchObject({ screen: 'plan', plan: PLAN });
    // From the lobby too: staff set the kiosk up before any visitor comes.
    expect(run({ type: 'openStaff' })).toMatchObject({ screen: 'staffPin', staffReturn: 'attract' });
  });

  it('reach health, the review list and changing the PIN only from staff home, and come back to it', () => {
    const pad = run({ type: 'openStaff' });
    expect(journeyReducer(pad, { type: 'staffPage', page: 'staffHealth' })).toBe(pad);
    const home = journeyReducer(pad, { type: 'staffSignedIn' });
    for (const page of ['staffHealth', 'staffReview', 'staffChangePin'] as const) {
      const shown = journeyReducer(home, { type: 'staffPage', page });
      expect(shown.screen).toBe(page);
      expect(journeyReducer(shown, { type: 'back' }).screen).toBe('staffHome');
      // A session the core no longer knows sends staff back to the pad, never on to the page.
      expect(journeyReducer(shown, { type: 'staffSessionLost' }).screen).toBe('staffPin');
    }
    // A right PIN is the only way past the pad.
    expect(run({ type: 'staffSignedIn' })).toEqual(initialJourney);
    expect(journeyReducer(atPlan(), { type: 'staffSessionLost' }).screen).toBe('plan');
  });

  it('start over from a staff screen goes to the lobby with nothing kept; a visitor action cannot move a staff screen', () => {
    const home = journeyReducer(journeyReducer(atPlan(), { type: 'openStaff' }), { type: 'staffSignedIn' });
    expect(journeyReducer(home, { type: 'startOver' })).toEqual(initialJourney);
    expect(journeyReducer(home, { type: 'finish' })).toBe(home);
    expect(journeyReducer(home, { type: 'tutorialChosen', tutorialId: FACETIME })).toBe(home);
    expect(journeyReducer(home, { type: 'openStaff' })).toBe(home);
  });

  it('never bring a staff screen back through "continue where you left off"', () => {
    const home = journeyReducer(run({ type: 'openStaff' }), { type: 'staffSignedIn' });
    expect(journeyReducer(initialJourney, { type: 'restore', state: home })).toEqual(initialJourney);
  });
  // First-run setup (staff-setup).
  it('open first-run setup only from the pad; Back returns to the pad, setup done goes to staff home', () => {
    const pad = run({ type: 'openStaff' });
    const setup = journeyReducer(pad, { type: 'openSetup' });
    expect(setup).toMatchObject({ screen: 'staffSetup', staffReturn: 'attract' });
    expect(journeyReducer(setup, { type: 'back' }).screen).toBe('staffPin');
    expect(journeyReducer(setup, { type: 'staffSignedIn' }).screen).toBe('staffHome');
    expect(journeyReducer(setup, { type: 'startOver' })).toEqual(initialJourney);
    // Not from a visitor's screen, nor from staff home.
    expect(journeyReducer(atPlan(), { type: 'openSetup' }).screen).toBe('plan');
    const home = journeyReducer(pad, { type: 'staffSignedIn' });
    expect(journeyReducer(home, { type: 'openSetup' })).toBe(home);
    expect(journeyReducer(initialJourney, { type: 'restore', state: setup })).toEqual(initialJourney);
  });
});

describe('staff tools in the journey: open a guide, reopen a plan, print a handout', () => {
  const NEW_VISIT = '0d3b6a8e-5c1f-4e2a-9b7d-1a2b3c4d5e6f';
  const homeOver = (state: JourneyState) =>
    journeyReducer(journeyReducer(state, { type: 'openStaff' }), { type: 'staffSignedIn' });
  const openGuide: JourneyAction = { type: 'staffOpenGuide', tutorialId: FACETIME, variantId: 'ios-17-and-earlier' };

  it('reach each tool only from staff home, and come back to it', () => {
    const pad = run({ type: 'openStaff' });
    const home = journeyReducer(pad, { type: 'staffSignedIn' });
    for (const page of [
      'staffGuides',
      'staffPlanCode',
      'staffHandout',
      'staffReports',
      'staffMonthlyReport',
      'staffContent',
    ] as const) {
      expect(journeyReducer(pad, { type: 'staffPage', page })).toBe(pad);
      const shown = journeyReducer(home, { type: 'staffPage', page });
      expect(shown.screen).toBe(page);
      expect(journeyReducer(shown, { type: 'back' }).screen).toBe('staffHome');
      expect(journeyReducer(shown, { type: 'staffSessionLost' }).screen).toBe('staffPin');
      expect(journeyReducer(shown, { type: 'startOver' })).toEqual(initialJourney);
    }
  });

  it('open the chosen variant at step 1 in the running visit, its language and plan kept; Back and "I did it" lead to the list', () => {
    const visiting = { ...atPlan(), completed: ['general-stop-screen-share'] };
    const guides = journeyReducer(homeOver(visiting), { type: 'staffPage', page: 'staffGuides' });
    // A visit runs: a language or visit staff might send along is not used.
    const opened = journeyReducer(guides, { ...openGuide, start: { locale: 'ar', visitId: NEW_VISIT } });
    expect(opened).toMatchObject({
      screen: 'tutorial',
      locale: 'zh-Hant',
      visitId: VISIT,
      assisted: false,
      plan: PLAN,
      completed: ['general-stop-screen-share'],
      tutorialId: FACETIME,
      variantId: 'ios-17-and-earlier',
      stepIndex: 0,
      returnTo: 'browse',
    });
    // Step 1, a variant staff chose: Back leaves the guide (no version question), to the list.
    expect(journeyReducer(opened, { type: 'back' })).toMatchObject({ screen: 'browse', tutorialId: null, plan: PLAN });
    expect(journeyReducer(opened, { type: 'tutorialFinished' })).toMatchObject({
      screen: 'browse',
      completed: ['general-stop-screen-share', FACETIME],
    });
  });

  it('with no visit running, open nothing until staff chose a language; then in a new assisted visit in that language', () => {
    const guides = journeyReducer(homeOver(initialJourney), { type: 'staffPage', page: 'staffGuides' });
    expect(journeyReducer(guides, openGuide)).toBe(guides);
    const opened = journeyReducer(guides, { ...openGuide, start: { locale: 'ar', visitId: NEW_VISIT } });
    expect(opened).toMatchObject({
      screen: 'tutorial',
      locale: 'ar',
      visitId: NEW_VISIT,
      assisted: true,
      plan: null,
      tutorialId: FACETIME,
      variantId: 'ios-17-and-earlier',
      stepIndex: 0,
      returnTo: 'browse',
    });
    // Only from the guide list: the same action anywhere else is no move.
    expect(journeyReducer(homeOver(initialJourney), openGuide).screen).toBe('staffHome');
    expect(journeyReducer(atPlan(), { ...openGuide, start: { locale: 'ar', visitId: NEW_VISIT } })).toEqual(atPlan());
    // The assisted mark goes with everything else at a reset.
    expect(journeyReducer(opened, { type: 'startOver' }).assisted).toBe(false);
  });

  it('reopen a plan by its code as the resume screen does: in the running visit, or a new assisted one', () => {
    const code = (state: JourneyState) => journeyReducer(homeOver(state), { type: 'staffPage', page: 'staffPlanCode' });
    const visiting = { ...atPlan(), completed: ['iphone-silence-unknown-callers'], checklistCode: '48271935' };
    const resumed = journeyReducer(code(visiting), { type: 'staffOpenPlan', actions: PLAN, completed: [FACETIME] });
    expect(resumed).toMatchObject({
      screen: 'plan',
      locale: 'zh-Hant',
      visitId: VISIT,
      assisted: false,
      plan: PLAN,
      completed: [FACETIME, 'iphone-silence-unknown-callers'],
      answers: {},
      checklistCode: null,
    });

    const none = code(initialJourney);
    expect(journeyReducer(none, { type: 'staffOpenPlan', actions: PLAN, completed: [] })).toBe(none);
    const started = journeyReducer(none, {
      type: 'staffOpenPlan',
      actions: PLAN,
      completed: [FACETIME],
      start: { locale: 'vi', visitId: NEW_VISIT },
    });
    expect(started).toMatchObject({
      screen: 'plan',
      locale: 'vi',
      visitId: NEW_VISIT,
      assisted: true,
      plan: PLAN,
      completed: [FACETIME],
    });
    // Only from the code screen.
    expect(journeyReducer(atPlan(), { type: 'staffOpenPlan', actions: PLAN, completed: [] })).toEqual(atPlan());
  });
});

// staff-assist: the assisted walkthrough.
describe('an assisted visit in the journey', () => {
  const staffHome = () => journeyReducer(journeyReducer(atPlan(), { type: 'openStaff' }), { type: 'staffSignedIn' });
  const assistedStep = () =>
    [
      { type: 'startAssisted' },
      { type: 'languageChosen', locale: 'ar', visitId: VISIT },
      phoneIs('en'),
      answer('phone', 'phone-iphone'),
      answer('apps', 'apps-whatsapp'),
      answer('stranger-call', 'stranger-call-yes'),
      { type: 'planReady', actions: PLAN },
      { type: 'tutorialChosen', tutorialId: FACETIME },
      { type: 'variantChosen', variantId: 'ios-26', asked: true },
    ].reduce<JourneyState>((s, a) => journeyReducer(s, a as JourneyAction), staffHome());

  it('starts from staff home as a new visit on the language screen, marked assisted, nothing of the earlier visitor kept', () => {
    const started = journeyReducer(staffHome(), { type: 'startAssisted' });
    expect(started).toEqual({ ...initialJourney, screen: 'language', assisted: true });
    // Only from staff home: not from the pad (no PIN yet), not from a visitor's screen.
    const pad = run({ type: 'openStaff' });
    expect(journeyReducer(pad, { type: 'startAssisted' })).toBe(pad);
    expect(journeyReducer(atPlan(), { type: 'startAssisted' })).toEqual(atPlan());
    // The visitor's own visit is never assisted.
    expect(atPlan().assisted).toBe(false);
  });

  it('keeps assisted through the whole walkthrough; start over, the idle reset and signing out end it', () => {
    const step = assistedStep();
    expect(step).toMatchObject({ screen: 'tutorial', assisted: true, locale: 'ar', tutorialId: FACETIME });
    expect(journeyReducer(step, { type: 'startOver' })).toEqual(initialJourney);
    // Staff step into staff home mid-walkthrough and sign out: back to the step, no longer assisted.
    const home = journeyReducer(journeyReducer(step, { type: 'openStaff' }), { type: 'staffSignedIn' });
    expect(journeyReducer(home, { type: 'leaveStaff', signedOut: true })).toMatchObject({
      screen: 'tutorial',
      assisted: false,
      staffEnglish: false,
    });
    // Left without signing out, the walkthrough goes on.
    expect(journeyReducer(home, { type: 'leaveStaff' })).toMatchObject({ screen: 'tutorial', assisted: true });
    // A timed-out walkthrough continued from the lobby is the visitor's own: the staff session ended with it.
    const restored = journeyReducer(initialJourney, { type: 'restore', state: { ...step, staffEnglish: true } });
    expect(restored).toMatchObject({ screen: 'tutorial', assisted: false, staffEnglish: false });
  });

  it("drops the staff side when the staff session ends mid-walkthrough: the visit goes on as the visitor's own", () => {
    const step = journeyReducer(journeyReducer(assistedStep(), { type: 'staffEnglish', on: true }), {
      type: 'openOverlay',
      overlay: 'staffPanel',
    });
    expect(step).toMatchObject({ assisted: true, staffEnglish: true, overlay: 'staffPanel' });
    const lost = journeyReducer(step, { type: 'staffSessionLost' });
    expect(lost).toMatchObject({
      screen: 'tutorial',
      tutorialId: FACETIME,
      assisted: false,
      staffEnglish: false,
      overlay: null,
    });
    expect(lost.plan).toEqual(step.plan);
    // A visitor's dialog stays open: only the staff panel closes.
    const helpOpen = journeyReducer(assistedStep(), { type: 'openOverlay', overlay: 'help' });
    expect(journeyReducer(helpOpen, { type: 'staffSessionLost' }).overlay).toBe('help');
    // Lost on a staff screen of the walkthrough: the pad, and no staff side left behind it.
    const home = journeyReducer(journeyReducer(assistedStep(), { type: 'openStaff' }), { type: 'staffSignedIn' });
    expect(journeyReducer(home, { type: 'staffSessionLost' })).toMatchObject({ screen: 'staffPin', assisted: false });
  });

  it('remembers each step that looked different once, in order, only on a tutorial step, and forgets them at a reset', () => {
    const step = assistedStep();
    const one = { tutorialId: FACETIME, variantId: 'ios-26', stepIndex: 1 };
    const two = { tutorialId: FACETIME, variantId: 'ios-18', stepIndex: 1 };
    const after = [one, one, two].reduce((s, d) => journeyReducer(s, { type: 'stepLookedDifferent', step: d }), step);
    expect(after.lookedDifferent).toEqual([one, two]);
    expect(journeyReducer(atPlan(), { type: 'stepLookedDifferent', step: one })).toEqual(atPlan());
    // Kept when leaving the guide (the panel lists the visit's), gone with the visitor.
    expect(journeyReducer(after, { type: 'tutorialFinished' }).lookedDifferent).toEqual([one, two]);
    expect(journeyReducer(after, { type: 'startOver' }).lookedDifferent).toEqual([]);
  });

  it('opens the For-staff panel and the English toggle only in an assisted visit; the toggle is off by default and cleared at a reset', () => {
    const step = assistedStep();
    expect(step.staffEnglish).toBe(false);
    expect(journeyReducer(step, { type: 'openOverlay', overlay: 'staffPanel' }).overlay).toBe('staffPanel');
    const english = journeyReducer(step, { type: 'staffEnglish', on: true });
    // The visitor's language and screen stay as they were.
    expect(english).toMatchObject({ staffEnglish: true, locale: 'ar', screen: 'tutorial', stepIndex: 0 });
    expect(journeyReducer(english, { type: 'staffEnglish', on: false }).staffEnglish).toBe(false);
    expect(journeyReducer(english, { type: 'startOver' })).toEqual(initialJourney);
    // A visitor's own visit has neither.
    const visitor = inTutorial();
    expect(journeyReducer(visitor, { type: 'openOverlay', overlay: 'staffPanel' })).toBe(visitor);
    expect(journeyReducer(visitor, { type: 'staffEnglish', on: true })).toBe(visitor);
  });
});
