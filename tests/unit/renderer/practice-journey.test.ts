import { describe, expect, it } from 'vitest';
import {
  initialJourney,
  journeyReducer,
  type JourneyAction,
  type JourneyState,
} from '../../../renderer/flow/journey.ts';
import { carryOn, choose, everyPath, isRinging, startRehearsal } from '../../../renderer/flow/rehearsal-walk.ts';
import type { RehearsalView } from '../../../shared/rehearsal-schema.ts';

/** Issue 20: the way to the practice calls and back, and a call's walk, as pure functions. */

const VISIT = '6f1c2a4e-0b7d-4c1e-9a51-2f3b4c5d6e7f';
const on = (screen: JourneyState['screen']): JourneyState => ({
  ...initialJourney,
  screen,
  locale: 'zh-Hant',
  visitId: VISIT,
  plan: [{ tutorialId: 'iphone-turn-off-facetime' }],
});
const run = (state: JourneyState, ...actions: JourneyAction[]) => actions.reduce(journeyReducer, state);

describe('the journey to a practice call', () => {
  it.each(['plan', 'browse', 'done'] as const)('opens from %s, and Back from the list returns there', (from) => {
    const list = run(on(from), { type: 'openPractice' });
    expect(list.screen).toBe('practice');
    expect(run(list, { type: 'back' }).screen).toBe(from);
  });

  it('opens from nowhere else', () => {
    for (const screen of ['question', 'tutorial', 'checklist', 'language', 'staffHome'] as const)
      expect(run(on(screen), { type: 'openPractice' }).screen).toBe(screen);
  });

  it('plays a call, counts it once for the checklist however often it is played, and Back returns to the list', () => {
    const playing = run(
      on('plan'),
      { type: 'openPractice' },
      { type: 'rehearsalChosen', rehearsalId: 'fake-police-hk' },
    );
    expect(playing).toMatchObject({ screen: 'rehearsal', rehearsalId: 'fake-police-hk' });
    const finished = run(
      playing,
      { type: 'rehearsalFinished', rehearsalId: 'fake-police-hk' },
      { type: 'rehearsalFinished', rehearsalId: 'fake-police-hk' },
      // Another call's end is not this one's.
      { type: 'rehearsalFinished', rehearsalId: 'wechat-sextortion' },
    );
    expect(finished.practised).toEqual(['fake-police-hk']);
    // A checklist saved before this call lacks its line: the next one is saved afresh.
    const saved = { ...playing, checklistCode: '48271935' };
    expect(run(saved, { type: 'rehearsalFinished', rehearsalId: 'fake-police-hk' }).checklistCode).toBeNull();
    const back = run(finished, { type: 'back' });
    expect(back).toMatchObject({ screen: 'practice', rehearsalId: null, practised: ['fake-police-hk'] });
    // A new visitor starts with nothing practised.
    expect(run(back, { type: 'startOver' }).practised).toEqual([]);
  });
});

const CALL: RehearsalView = {
  id: 'fake-police-hk',
  script: 'fake-police',
  app: 'whatsapp',
  callerKind: 'police',
  caller: 'Police',
  title: 'A "police officer" calls',
  checklistLine: 'I practised hanging up.',
  decisions: [
    {
      id: 'ring',
      says: null,
      redFlag: 'stranger-video-call',
      choices: [
        { id: 'decline', label: 'Decline', safe: true, feedback: 'Good.', next: 'early' },
        { id: 'answer', label: 'Answer', safe: false, feedback: 'Let us see.', next: 'screen' },
      ],
    },
    {
      id: 'screen',
      says: 'Share your screen.',
      redFlag: 'share-screen-or-app',
      choices: [
        { id: 'refuse', label: 'No', safe: true, feedback: 'Right.', next: 'hung-up' },
        { id: 'share', label: 'Share', safe: false, feedback: 'Police never ask.', next: 'scammed' },
      ],
    },
  ],
  endings: [
    { id: 'early', kind: 'hung-up', text: 'Declined.' },
    { id: 'hung-up', kind: 'hung-up', text: 'Hung up.' },
    { id: 'scammed', kind: 'scammed', text: 'This is how it works.' },
  ],
};

describe('a practice call, walked', () => {
  it('rings until a choice; each choice brings its feedback, then the next moment or an ending', () => {
    let p = startRehearsal(CALL);
    expect(isRinging(CALL, p)).toBe(true);
    p = choose(CALL, p, 'answer');
    expect(p.phase).toEqual({ kind: 'feedback', decisionId: 'ring', choiceId: 'answer' });
    expect(isRinging(CALL, p)).toBe(false);
    p = carryOn(CALL, p);
    expect(p.phase).toEqual({ kind: 'decision', decisionId: 'screen' });
    p = carryOn(CALL, choose(CALL, p, 'share'));
    expect(p.phase).toEqual({ kind: 'ending', endingId: 'scammed' });
    // Met both red flags, spotted neither: the summary says what to watch for.
    expect(p.met).toEqual(['stranger-video-call', 'share-screen-or-app']);
    expect(p.spotted).toEqual([]);
  });

  it('a safe choice is a red flag spotted; a choice that is not offered changes nothing', () => {
    const p = choose(CALL, startRehearsal(CALL), 'decline');
    expect(p.spotted).toEqual(['stranger-video-call']);
    expect(choose(CALL, startRehearsal(CALL), 'share')).toEqual(startRehearsal(CALL));
  });

  it('lists every way through', () => {
    expect(everyPath(CALL)).toEqual([['decline'], ['answer', 'refuse'], ['answer', 'share']]);
  });
});

describe('staff start a practice call for the visitor (assisted walkthrough)', () => {
  const assisted = (screen: JourneyState['screen']): JourneyState => ({
    ...on(screen),
    assisted: true,
    overlay: 'staffPanel',
    tutorialId: screen === 'tutorial' ? 'iphone-turn-off-facetime' : null,
    stepIndex: screen === 'tutorial' ? 2 : 0,
  });

  it('from the For-staff panel on any screen once there is a plan; Back from the list leads to the plan', () => {
    const list = run(assisted('tutorial'), { type: 'openPractice' });
    expect(list).toMatchObject({ screen: 'practice', overlay: null, practiceReturn: 'plan', tutorialId: null });
    expect(run(list, { type: 'back' }).screen).toBe('plan');
  });

  it('not without the panel, an assisted visit or a plan', () => {
    expect(run({ ...assisted('tutorial'), overlay: null }, { type: 'openPractice' }).screen).toBe('tutorial');
    expect(run({ ...assisted('tutorial'), assisted: false }, { type: 'openPractice' }).screen).toBe('tutorial');
    expect(run({ ...assisted('question'), plan: null }, { type: 'openPractice' }).screen).toBe('question');
  });
});
