import type { SavedPlan } from '../../shared/checklist-schema.ts';
import type { Locale } from '../../shared/locales.ts';
import type { PlanReason } from '../../shared/questions-schema.ts';
import type { PhoneLocale } from '../../shared/phone-picture.ts';

/**
 * The visitor's journey as one explicit state machine. Screens only dispatch actions; every move and
 * every reset is decided here, so the whole journey can be read and tested in one place.
 *
 *   attract -> language -> phoneLanguage -> question 1..n -> plan -> tutorial -> plan ... -> done <-> checklist
 *                                                            plan <-> browse -> tutorial -> browse
 *                               question 1 -> resume (a checklist code) -> plan
 *              phone question, "Not sure" -> findPhone ("let's find out": iPhone, Android or
 *                                            still not sure) -> the next question
 *   a step that names another guide opens it; finishing (or Back out of) that guide returns to the step.
 *   plan, browse or done -> practice (the practice scam calls, issue 20) -> rehearsal (one call) -> practice;
 *                           Back from practice returns to the screen it was opened from.
 *   help, "calling me now" and "I already paid" open over any screen; start over and the idle reset go to attract.
 *   phone-language: "Your phone's menus are in…" comes once, right after the reading language (Back from
 *   question 1 returns to it, Back from it to the language). Its answer (`phoneLocale`) survives a change of
 *   reading language and is changed from the tutorial screen over an overlay, on the same step; start over
 *   and the idle reset clear it. Staff tools that start a visit with none running use 'unknown'.
 *
 *   Staff: the hidden corner or Ctrl+Alt+S opens the PIN pad over any screen -> staff home <-> health, review list.
 *   Staff tools: staff home <-> guides -> a guide's variant at step 1 (Back and "I did it" -> browse);
 *                staff home <-> plan code -> the plan; staff home <-> handouts. With no visit running, staff
 *                choose the visitor's language and an assisted visit starts.
 *   Leaving the pad or staff home goes back to the visitor's screen; start over and the idle reset go to attract.
 *   First run (no kiosk.json, no PIN): the pad -> setup (its recovery code shown once) -> staff home.
 *   Staff home, "Help a visitor" -> language (an assisted visit: facilitator notes, the For-staff panel,
 *   the English toggle) -> the visitor's journey as above; start over, the idle reset or signing out end it.
 */
export type VisitorScreen =
  | 'attract'
  | 'language'
  // phone-language: "Your phone's menus are in…" (issue 17).
  | 'phoneLanguage'
  | 'question'
  | 'findPhone'
  | 'resume'
  | 'plan'
  | 'browse'
  | 'tutorial'
  | 'done'
  | 'checklist'
  // "Practise a scam call" (issue 20): the calls to practise, and one call played.
  | 'practice'
  | 'rehearsal';
/** Staff tools: open any guide or variant, reopen a plan by its code, print any handout. */
export const STAFF_TOOL_SCREENS = [
  'staffGuides',
  'staffPlanCode',
  'staffHandout',
  // report-screen: the anonymous visit reports (issue 16).
  'staffReports',
  // report-print: the printable monthly report.
  'staffMonthlyReport',
  // Content packs (issue 19): updates from a USB stick, going back, the trusted keys.
  'staffContent',
] as const;
export type StaffToolScreen = (typeof STAFF_TOOL_SCREENS)[number];
export const STAFF_SCREENS = [
  'staffPin',
  'staffHome',
  'staffHealth',
  'staffReview',
  // staff-pin
  'staffChangePin',
  ...STAFF_TOOL_SCREENS,
  // First-run setup (staff-setup).
  'staffSetup',
] as const;
export type StaffScreen = (typeof STAFF_SCREENS)[number];
export type Screen = VisitorScreen | StaffScreen;
export const isStaffScreen = (screen: Screen): screen is StaffScreen =>
  (STAFF_SCREENS as readonly Screen[]).includes(screen);
export type Overlay =
  | 'help'
  | 'scamNow'
  | 'afterScam'
  | 'display'
  | 'language'
  | 'staffPanel'
  // phone-language: the same choice again, from the tutorial screen.
  | 'phoneLanguage'
  | null;
export const TEXT_SIZES = [0, 1, 2, 3] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const THEMES = ['standard', 'contrast-light', 'contrast-dark', 'colour-blind'] as const;
export type Theme = (typeof THEMES)[number];
export const SPEECH_RATES = ['slow', 'normal'] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];

/** How this visitor wants the kiosk to look and sound; wiped with everything else at a reset. */
export interface DisplayChoices {
  textSize: TextSize;
  theme: Theme;
  speechRate: SpeechRate;
}
/**
 * A plan item. A plan the core just ranked says why each item is there (`reason`); a plan resumed
 * from a checklist code does not, since a code keeps content ids only, nothing the visitor said.
 */
export type PlanAction = SavedPlan['actions'][number] & { reason?: PlanReason };

/** A step the visitor said looked different on their phone: for the volunteer's For-staff panel. */
export interface LookedDifferent {
  tutorialId: string;
  variantId: string;
  stepIndex: number;
}

/** Where in a guide the visitor was when a step sent them to another guide. */
export interface LinkedFrom {
  tutorialId: string;
  variantId: string | null;
  variantAsked: boolean;
  versionUnsure: boolean;
  stepIndex: number;
}

export interface JourneyState {
  screen: Screen;
  overlay: Overlay;
  locale: Locale | null;
  visitId: string | null;
  questionIndex: number;
  /** question id -> chosen answer ids */
  answers: Record<string, string[]>;
  /** null until the core has ranked it */
  plan: PlanAction[] | null;
  tutorialId: string | null;
  /** The variant the visitor's phone needs; null until chosen (or settled by their answers). */
  variantId: string | null;
  /** false when the variant was settled without asking: Back then skips the version question. */
  variantAsked: boolean;
  /** true when the visitor did not know their version and the common one was started for them. */
  versionUnsure: boolean;
  stepIndex: number;
  /** Guides the visitor left to open one a step named, newest last: finishing it returns to the step they left. */
  linkedFrom: LinkedFrom[];
  /** Where "I did it" and Back from a tutorial lead. */
  returnTo: 'plan' | 'browse';
  /** Tutorials finished, in the order finished (a resumed plan brings the ones finished before). */
  completed: string[];
  /** The resume code of this visit's checklist, once saved: reopening the checklist keeps the same code. */
  checklistCode: string | null;
  display: DisplayChoices;
  /** The visitor's screen staff opened the PIN pad over: leaving staff mode goes back to it. */
  staffReturn: VisitorScreen;
  // --- staff-assist: the assisted walkthrough (in memory only, like everything here) ---
  /** Staff started this visit from staff mode ("Help a visitor"): notes, the For-staff panel and the English toggle show. */
  assisted: boolean;
  /** Steps that "looked different" in this visit, oldest first, each once. */
  lookedDifferent: LookedDifferent[];
  /** "Show in English for staff": English under the visitor's text. Only in an assisted visit. */
  staffEnglish: boolean;
  // --- phone-language (issue 17) ---
  /** The language the visitor's phone shows its menus in; null until asked ('unknown': "I don't know"). */
  phoneLocale: PhoneLocale | null;
  /** The visit start in flight for this visitor (a token), until its id arrives as `visitStarted`. */
  visitPending: string | null;
  // --- practice scam calls (issue 20) ---
  /** Where Back from the list of practice calls leads: the screen it was opened from. */
  practiceReturn: 'plan' | 'browse' | 'done';
  /** The practice call being played. */
  rehearsalId: string | null;
  /** Practice calls played to an end in this visit, in order: each gives a line on the family checklist. */
  practised: string[];
}

/** The visit a staff tool starts when none is running: the language staff chose and the core's assisted visit. */
export interface AssistedStart {
  locale: Locale;
  visitId: string;
}

export type JourneyAction =
  | { type: 'touch' }
  // A visitor who came back to change language keeps their visit (`visitId`); a new one's visit is started on
  // the side (`pending`: the start in flight), so the next screen never waits for the visit log (issue 18).
  | ({ type: 'languageChosen'; locale: Locale } & ({ visitId: string } | { pending: string }))
  | { type: 'visitStarted'; pending: string; visitId: string }
  | { type: 'changeLanguage'; locale: Locale }
  // phone-language: the answer to "Your phone's menus are in…", on its screen or its overlay.
  | { type: 'phoneLanguageChosen'; phoneLocale: PhoneLocale }
  | { type: 'answered'; questionId: string; answerIds: string[]; questionCount: number }
  | { type: 'findPhone' }
  | { type: 'planReady'; actions: PlanAction[] }
  | { type: 'browse' }
  | { type: 'backToPlan' }
  | { type: 'tutorialChosen'; tutorialId: string; variantId?: string | undefined }
  | { type: 'variantChosen'; variantId: string; asked: boolean; unsure?: boolean; stepIndex?: number }
  | { type: 'openLinkedGuide'; tutorialId: string }
  | { type: 'next'; stepCount: number }
  | { type: 'back' }
  | { type: 'tutorialFinished' }
  // issue 20
  | { type: 'openPractice' }
  | { type: 'rehearsalChosen'; rehearsalId: string }
  | { type: 'rehearsalFinished'; rehearsalId: string }
  | { type: 'finish' }
  | { type: 'openChecklist' }
  | { type: 'checklistSaved'; code: string }
  | { type: 'openResume' }
  | { type: 'resumed'; actions: PlanAction[]; completed: string[] }
  | { type: 'openOverlay'; overlay: Exclude<Overlay, null> }
  | { type: 'closeOverlay' }
  | { type: 'display'; choices: Partial<DisplayChoices> }
  | { type: 'openStaff' }
  | { type: 'staffSignedIn' }
  | { type: 'staffPage'; page: 'staffHealth' | 'staffReview' | 'staffChangePin' | StaffToolScreen }
  | { type: 'staffSessionLost' }
  | { type: 'leaveStaff'; signedOut?: boolean }
  // staff-assist
  | { type: 'startAssisted' }
  | { type: 'stepLookedDifferent'; step: LookedDifferent }
  | { type: 'staffEnglish'; on: boolean }
  // Staff tools: open a guide's variant or a reopened plan for the visitor, in their visit or a new assisted one.
  | { type: 'staffOpenGuide'; tutorialId: string; variantId: string; start?: AssistedStart }
  | { type: 'staffOpenPlan'; actions: PlanAction[]; completed: string[]; start?: AssistedStart }
  // First-run setup (staff-setup): from the pad, while the core says setup is available.
  | { type: 'openSetup' }
  | { type: 'startOver' }
  | { type: 'restore'; state: JourneyState };

export const initialJourney: JourneyState = {
  screen: 'attract',
  overlay: null,
  locale: null,
  visitId: null,
  questionIndex: 0,
  answers: {},
  plan: null,
  tutorialId: null,
  variantId: null,
  variantAsked: false,
  versionUnsure: false,
  stepIndex: 0,
  linkedFrom: [],
  returnTo: 'plan',
  completed: [],
  checklistCode: null,
  display: { textSize: 0, theme: 'standard', speechRate: 'normal' },
  staffReturn: 'attract',
  assisted: false,
  lookedDifferent: [],
  staffEnglish: false,
  phoneLocale: null,
  visitPending: null,
  practiceReturn: 'plan',
  rehearsalId: null,
  practised: [],
};

const leaveTutorial = (s: JourneyState): JourneyState => ({
  ...s,
  screen: s.returnTo,
  tutorialId: null,
  variantId: null,
  variantAsked: false,
  versionUnsure: false,
  stepIndex: 0,
  linkedFrom: [],
});

/** Out of a guide a step opened: back to the guide and step the visitor left; out of any other, back to the list. */
const leaveOrReturn = (s: JourneyState): JourneyState => {
  const from = s.linkedFrom.at(-1);
  return from ? { ...s, ...from, linkedFrom: s.linkedFrom.slice(0, -1) } : leaveTutorial(s);
};

/** A guide can be opened from a step unless it is already open, here or further back in the chain. */
export const canOpenLinked = (s: JourneyState, tutorialId: string): boolean =>
  s.tutorialId !== tutorialId && !s.linkedFrom.some((f) => f.tutorialId === tutorialId);

/** A visitor's visit is running: staff opened the pad over a screen that has a visit and its language. */
export const visitInProgress = (s: JourneyState): boolean => s.visitId !== null && s.locale !== null;

/**
 * The visit a staff tool opens something in: the running one, kept as it is; with none running, a new
 * assisted visit in the language staff chose (nothing of an earlier visitor is left by then). null when
 * no visit is running and none was started: nothing opens.
 */
function visitForStaffTool(s: JourneyState, start: AssistedStart | undefined): JourneyState | null {
  if (visitInProgress(s)) return s;
  if (!start) return null;
  return {
    ...initialJourney,
    display: s.display,
    locale: start.locale,
    visitId: start.visitId,
    assisted: true,
    // phone-language: nobody was asked; the visitor's reading language is the likeliest, and staff can change it.
    phoneLocale: 'unknown',
  };
}

/** A plan back from its checklist code, with what was done then and anything done already in this visit. */
const reopenPlan = (s: JourneyState, actions: PlanAction[], completed: string[]): JourneyState => ({
  ...s,
  screen: 'plan',
  plan: actions,
  completed: [...completed, ...s.completed.filter((id) => !completed.includes(id))],
  answers: {},
  // The new checklist will get a code of its own.
  checklistCode: null,
});

/**
 * What can happen on a staff screen: staff moves, the resets that end a visit (and the staff session),
 * and the top bar's buttons, which work on every screen.
 */
const STAFF_ACTIONS: ReadonlySet<JourneyAction['type']> = new Set([
  'openStaff',
  // The core's answer to the visitor's visit start, not a move: it lands under the staff pad too.
  'visitStarted',
  'staffSignedIn',
  'staffPage',
  'staffSessionLost',
  'leaveStaff',
  'startAssisted',
  'staffOpenGuide',
  'staffOpenPlan',
  'back',
  'startOver',
  'display',
  'openOverlay',
  'closeOverlay',
  'changeLanguage',
  // First-run setup (staff-setup).
  'openSetup',
] as const);

export function journeyReducer(state: JourneyState, action: JourneyAction): JourneyState {
  // On a staff screen only the staff moves (and the resets) apply: a visitor's action cannot land there.
  if (isStaffScreen(state.screen) && !STAFF_ACTIONS.has(action.type)) return state;
  switch (action.type) {
    case 'touch':
      return state.screen === 'attract' ? { ...initialJourney, screen: 'language' } : state;
    case 'languageChosen':
      if (state.screen !== 'language') return state;
      // Then the phone's language (phone-language); a visitor who came back keeps their answer to it, their
      // answers and progress.
      return 'visitId' in action
        ? { ...state, screen: 'phoneLanguage', locale: action.locale, visitId: action.visitId }
        : { ...state, screen: 'phoneLanguage', locale: action.locale, visitId: null, visitPending: action.pending };
    case 'visitStarted':
      // Only the start this visitor is waiting for: one that comes back after a reset belongs to nobody on screen.
      return state.visitPending === action.pending ? { ...state, visitId: action.visitId, visitPending: null } : state;
    case 'phoneLanguageChosen':
      // Over a screen (the tutorial's "Change"): the same screen and step, in the phone's new words.
      if (state.overlay === 'phoneLanguage' && state.locale !== null && !isStaffScreen(state.screen))
        return { ...state, phoneLocale: action.phoneLocale, overlay: null };
      if (state.screen !== 'phoneLanguage') return state;
      return { ...state, phoneLocale: action.phoneLocale, screen: state.plan ? 'plan' : 'question' };
    case 'changeLanguage':
      // From the top bar, mid-visit: same visit, same screen, same step; only the words change.
      return state.locale !== null && state.screen !== 'attract' && state.screen !== 'language'
        ? { ...state, locale: action.locale, overlay: null }
        : state;
    case 'answered': {
      // The "let's find out" screen answers the question it was opened from.
      if (state.screen !== 'question' && state.screen !== 'findPhone') return state;
      const answers = { ...state.answers, [action.questionId]: action.answerIds };
      const last = state.questionIndex >= action.questionCount - 1;
      // New answers make a new plan: the old one is dropped until the core ranks again.
      return last
        ? { ...state, answers, screen: 'plan', plan: null }
        : { ...state, answers, screen: 'question', questionIndex: state.questionIndex + 1 };
    }
    case 'findPhone':
      // "Not sure" which phone: a short look at the back of the phone before the answer is settled.
      return state.screen === 'question' ? { ...state, screen: 'findPhone' } : state;
    case 'planReady':
      return state.screen === 'plan' ? { ...state, plan: action.actions } : state;
    case 'browse':
      return state.screen === 'plan' ? { ...state, screen: 'browse' } : state;
    case 'backToPlan':
      return state.screen === 'browse' ? { ...state, screen: 'plan' } : state;
    case 'tutorialChosen':
      if (state.screen !== 'plan' && state.screen !== 'browse') return state;
      return {
        ...state,
        screen: 'tutorial',
        returnTo: state.screen,
        tutorialId: action.tutorialId,
        variantId: action.variantId ?? null,
        variantAsked: false,
        versionUnsure: false,
        stepIndex: 0,
        linkedFrom: [],
      };
    case 'openLinkedGuide':
      if (state.screen !== 'tutorial' || state.tutorialId === null || !canOpenLinked(state, action.tutorialId))
        return state;
      return {
        ...state,
        linkedFrom: [
          ...state.linkedFrom,
          {
            tutorialId: state.tutorialId,
            variantId: state.variantId,
            variantAsked: state.variantAsked,
            versionUnsure: state.versionUnsure,
            stepIndex: state.stepIndex,
          },
        ],
        tutorialId: action.tutorialId,
        variantId: null,
        variantAsked: false,
        versionUnsure: false,
        stepIndex: 0,
      };
    case 'variantChosen':
      return state.screen === 'tutorial'
        ? {
            ...state,
            variantId: action.variantId,
            variantAsked: action.asked,
            versionUnsure: action.unsure ?? false,
            stepIndex: action.stepIndex ?? 0,
          }
        : state;
    case 'next':
      if (state.screen !== 'tutorial' || state.variantId === null) return state;
      return { ...state, stepIndex: Math.min(state.stepIndex + 1, action.stepCount - 1) };
    case 'back':
      switch (state.screen) {
        case 'checklist':
          return { ...state, screen: 'done' };
        case 'done':
          // "Finish" on the plan is one tap: the plan must stay one tap away.
          return state.plan ? { ...state, screen: 'plan' } : state;
        case 'resume':
          return { ...state, screen: 'question', questionIndex: 0 };
        case 'findPhone':
          return { ...state, screen: 'question' };
        case 'tutorial':
          if (state.stepIndex > 0) return { ...state, stepIndex: state.stepIndex - 1 };
          return state.variantId !== null && state.variantAsked
            ? { ...state, variantId: null, variantAsked: false, versionUnsure: false }
            : leaveOrReturn(state);
        case 'browse':
          return { ...state, screen: 'plan' };
        case 'practice':
          return { ...state, screen: state.practiceReturn };
        case 'rehearsal':
          return { ...state, screen: 'practice', rehearsalId: null };
        case 'plan':
          return { ...state, screen: 'question', questionIndex: Math.max(0, Object.keys(state.answers).length - 1) };
        case 'question':
          return state.questionIndex > 0
            ? { ...state, questionIndex: state.questionIndex - 1 }
            : { ...state, screen: 'phoneLanguage' };
        case 'phoneLanguage':
          return { ...state, screen: 'language' };
        case 'language':
          return initialJourney;
        case 'staffHealth':
        case 'staffReview':
        case 'staffGuides':
        case 'staffPlanCode':
        case 'staffHandout':
        case 'staffMonthlyReport':
        case 'staffContent':
        case 'staffChangePin':
        // report-screen
        case 'staffReports':
          return { ...state, screen: 'staffHome' };
        case 'staffPin':
        case 'staffHome':
          return { ...state, screen: state.staffReturn };
        // First-run setup (staff-setup): Back goes to the pad it was opened from.
        case 'staffSetup':
          return { ...state, screen: 'staffPin' };
        case 'attract':
          return state;
      }
    case 'tutorialFinished': {
      if (state.screen !== 'tutorial' || state.tutorialId === null) return state;
      const completed = state.completed.includes(state.tutorialId)
        ? state.completed
        : [...state.completed, state.tutorialId];
      return { ...leaveOrReturn(state), completed };
    }
    case 'openPractice':
      if (state.screen === 'plan' || state.screen === 'browse' || state.screen === 'done')
        return { ...state, screen: 'practice', practiceReturn: state.screen, overlay: null };
      // From the For-staff panel of an assisted visit, on any screen once there is a plan: Back leads to the plan.
      return state.overlay === 'staffPanel' && state.assisted && state.plan && !isStaffScreen(state.screen)
        ? { ...leaveTutorial(state), screen: 'practice', practiceReturn: 'plan', overlay: null, rehearsalId: null }
        : state;
    case 'rehearsalChosen':
      return state.screen === 'practice' ? { ...state, screen: 'rehearsal', rehearsalId: action.rehearsalId } : state;
    case 'rehearsalFinished':
      // The call stays on screen with its summary; the checklist gets its line once, however often it is played.
      if (state.screen !== 'rehearsal' || state.rehearsalId !== action.rehearsalId) return state;
      if (state.practised.includes(action.rehearsalId)) return state;
      // A checklist saved earlier in the visit lacks this call's line: the next one is saved afresh.
      return { ...state, practised: [...state.practised, action.rehearsalId], checklistCode: null };
    case 'finish':
      return state.screen === 'plan' || state.screen === 'browse' ? { ...state, screen: 'done' } : state;
    case 'openChecklist':
      return state.screen === 'done' && state.plan ? { ...state, screen: 'checklist' } : state;
    case 'checklistSaved':
      return state.screen === 'checklist' ? { ...state, checklistCode: action.code } : state;
    case 'openResume':
      // Offered on the first question: a code stands in for the questions.
      return state.screen === 'question' && state.questionIndex === 0 ? { ...state, screen: 'resume' } : state;
    case 'resumed':
      // The plan comes back as it was printed.
      return state.screen === 'resume' ? reopenPlan(state, action.actions, action.completed) : state;
    case 'openOverlay':
      if (action.overlay === 'staffPanel' && !state.assisted) return state;
      return state.screen === 'attract' ? state : { ...state, overlay: action.overlay };
    case 'closeOverlay':
      return { ...state, overlay: null };
    case 'display':
      return { ...state, display: { ...state.display, ...action.choices } };
    case 'openStaff':
      // Staff step in over whatever the visitor sees; no dialog stays open over the pad.
      return isStaffScreen(state.screen)
        ? state
        : { ...state, screen: 'staffPin', overlay: null, staffReturn: state.screen };
    case 'staffSignedIn':
      // Setup (staff-setup) signs staff in too: its answer opened the session.
      return state.screen === 'staffPin' || state.screen === 'staffSetup' ? { ...state, screen: 'staffHome' } : state;
    // First-run setup (staff-setup).
    case 'openSetup':
      return state.screen === 'staffPin' ? { ...state, screen: 'staffSetup' } : state;
    case 'staffPage':
      return state.screen === 'staffHome' ? { ...state, screen: action.page } : state;
    case 'staffSessionLost':
      // The core refused the session (it expired, or was ended): back to the pad. No session, no staff
      // side: an assisted visit goes on as the visitor's own (no notes, panel or English), so nothing
      // staff-only stays on a screen nobody is signed in to.
      if (isStaffScreen(state.screen)) return { ...state, screen: 'staffPin', assisted: false, staffEnglish: false };
      return state.assisted
        ? {
            ...state,
            assisted: false,
            staffEnglish: false,
            overlay: state.overlay === 'staffPanel' ? null : state.overlay,
          }
        : state;
    case 'leaveStaff':
      if (!isStaffScreen(state.screen)) return state;
      // Signing out ends the assisted visit's staff side: the visitor's screens carry on without it.
      return action.signedOut
        ? { ...state, screen: state.staffReturn, assisted: false, staffEnglish: false }
        : { ...state, screen: state.staffReturn };
    case 'startAssisted':
      // A new visit, the volunteer beside the visitor: nothing of the screen staff stepped in over is kept.
      return state.screen === 'staffHome' ? { ...initialJourney, screen: 'language', assisted: true } : state;
    case 'stepLookedDifferent': {
      if (state.screen !== 'tutorial') return state;
      const { tutorialId, variantId, stepIndex } = action.step;
      const known = state.lookedDifferent.some(
        (d) => d.tutorialId === tutorialId && d.variantId === variantId && d.stepIndex === stepIndex,
      );
      return known
        ? state
        : { ...state, lookedDifferent: [...state.lookedDifferent, { tutorialId, variantId, stepIndex }] };
    }
    case 'staffEnglish':
      return state.assisted ? { ...state, staffEnglish: action.on } : state;
    case 'staffOpenGuide': {
      if (state.screen !== 'staffGuides') return state;
      const visit = visitForStaffTool(state, action.start);
      if (!visit) return state;
      // Step 1 of the variant staff chose, as if the visitor had opened it from the list: Back and
      // "I did it" lead to the list, and the version question is not asked again.
      return {
        ...visit,
        screen: 'tutorial',
        overlay: null,
        returnTo: 'browse',
        tutorialId: action.tutorialId,
        variantId: action.variantId,
        variantAsked: false,
        versionUnsure: false,
        stepIndex: 0,
        linkedFrom: [],
      };
    }
    case 'staffOpenPlan': {
      if (state.screen !== 'staffPlanCode') return state;
      const visit = visitForStaffTool(state, action.start);
      return visit ? { ...reopenPlan(visit, action.actions, action.completed), overlay: null } : state;
    }
    case 'startOver':
      // Nothing of this visitor survives: language, visit, answers, plan, progress, text size, colours.
      return initialJourney;
    case 'restore':
      // "Continue where you left off", from the lobby only, in the minute after a timeout; no dialog comes back.
      // A staff screen never comes back to the lobby's "continue" button.
      // The staff session ended with the timeout, so a continued assisted visit is the visitor's own.
      return state.screen === 'attract' && action.state.screen !== 'attract' && !isStaffScreen(action.state.screen)
        ? { ...action.state, overlay: null, assisted: false, staffEnglish: false }
        : state;
  }
}
