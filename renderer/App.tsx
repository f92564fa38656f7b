import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_INFO, LOCALES, type Locale } from '../shared/locales.ts';
import type { ReadKioskApi } from './api/read-only-api.ts';
import type { KioskSettings } from '../shared/settings-schema.ts';
import { useHeartbeat } from './api/heartbeat.ts';
import { useKiosk } from './api/kiosk-context.tsx';
import { useCall } from './api/use-call.ts';
import { CallStatus } from './components/CallStatus.tsx';
import { MoreBelow } from './components/MoreBelow.tsx';
import { useFootClearance } from './flow/use-foot-clearance.ts';
import { useScreenStartsAtTop } from './flow/use-screen-top.ts';
import { TopBar } from './components/TopBar.tsx';
import { setFaultPlace } from './fault/fault-place.ts';
import { FaultRecovery } from './fault/FaultRecovery.tsx';
import {
  canOpenLinked,
  initialJourney,
  isStaffScreen,
  journeyReducer,
  type JourneyAction,
  type JourneyState,
} from './flow/journey.ts';
import { logEvent } from './flow/log-event.ts';
import { useIdleTimer } from './flow/use-idle-timer.ts';
import { useParkedVisit } from './flow/use-parked-visit.ts';
import { useCyclingLocale } from './flow/use-cycling-locale.ts';
import { LanguagePicker } from './screens/Language/LanguagePicker.tsx';
import { playChime } from './screens/Help/chime.ts';
import { screenText, useSpeech, useVoicedLocales } from './flow/use-speech.ts';
import { wipeVisitorTraces } from './flow/visitor-reset.ts';
import { applyDocumentLanguage } from './i18n/i18n.ts';
import { longDateFormat, warmNumberFormats } from './i18n/known-locales.ts';
import { useLanguageChoice } from './flow/use-language-choice.ts';
import { AttractScreen } from './screens/Attract/AttractScreen.tsx';
import { AfterScamOverlay } from './screens/AfterScam/AfterScamOverlay.tsx';
import { BrowseScreen } from './screens/Browse/BrowseScreen.tsx';
import { ChecklistScreen } from './screens/Checklist/ChecklistScreen.tsx';
import { DisplayPanel } from './screens/Display/DisplayPanel.tsx';
import { DoneScreen } from './screens/Done/DoneScreen.tsx';
import { HelpOverlay } from './screens/Help/HelpOverlay.tsx';
import { IdleWarning } from './screens/Idle/IdleWarning.tsx';
import { LanguageScreen } from './screens/Language/LanguageScreen.tsx';
import { PlanScreen } from './screens/Plan/PlanScreen.tsx';
import { QuestionFlow } from './screens/Question/QuestionFlow.tsx';
import { ResumeScreen } from './screens/Resume/ResumeScreen.tsx';
import { ScamNowOverlay } from './screens/ScamNow/ScamNowOverlay.tsx';
import { TutorialPlayerScreen } from './screens/TutorialPlayer/TutorialPlayerScreen.tsx';
import { StaffLoading } from './screens/Staff/StaffLoading.tsx';
import { loadChecklistPreview } from './screens/Checklist/lazy-preview.ts';
import { useStaffEntry } from './staff/use-staff-entry.ts';
// staff-assist
import { AssistProvider } from './staff/assist-context.tsx';
import { AssistBar } from './staff/AssistBar.tsx';
import { StaffPanel } from './screens/StaffPanel/StaffPanel.tsx';
// phone-language
import { PhoneLanguageOverlay, PhoneLanguageScreen } from './screens/PhoneLanguage/PhoneLanguageScreen.tsx';
import { visitorPhoneOf } from './flow/visitor-phone.ts';
// bench-start-tap: a visit's content read once, and font files loaded before the screens that need them (issue 18).
import { KioskProvider } from './api/kiosk-context.tsx';
import { readOnly } from './api/read-only-api.ts';
import { warmingFonts } from './api/warm-answers.ts';
import { cachingContent } from './api/content-cache.ts';
import { useWarmLanguages } from './flow/use-warm-languages.ts';
import { idleSteps } from './flow/when-idle.ts';
import { contentOf, useReadAhead } from './api/read-ahead.ts';
import { loadAllFonts, loadAllFontsWhenSettled } from './styles/all-fonts.ts';
import { warmFonts } from './flow/font-warming.ts';

// bench-size: the staff screens (PIN, health, setup, reports, handouts...) are fetched when staff open them,
// not with every visitor's first screen: they kept the entry JavaScript over its 200 KB budget (issue 18).
const StaffScreens = lazy(() => import('./screens/Staff/StaffScreens.tsx').then((m) => ({ default: m.StaffScreens })));
// Practice scam calls (issue 20): fetched when a visitor opens them.
const PracticeList = lazy(() =>
  import('./screens/Practice/PracticeScreens.tsx').then((m) => ({ default: m.PracticeList })),
);
const RehearsalPlayer = lazy(() =>
  import('./screens/Practice/PracticeScreens.tsx').then((m) => ({ default: m.RehearsalPlayer })),
);

/**
 * The kiosk page. The fault boundary holds everything that can break (boot and journey); the
 * heartbeat sits outside it, so the calm screen still counts as a page that is drawn.
 */
export function App() {
  useHeartbeat();
  // Content is read once per visit (api/content-cache.ts), and an answer read starts loading its
  // characters' font files (api/warm-answers.ts).
  const api = useKiosk();
  // Warming reads the faces of all of fonts.css, which comes after the lobby (styles/all-fonts.ts).
  const warming = useMemo(
    () => cachingContent(warmingFonts(api, (htmlLang, texts) => loadAllFonts().then(() => warmFonts(htmlLang, texts)))),
    [api],
  );
  return (
    <KioskProvider api={warming}>
      <FaultRecovery>
        <Kiosk />
      </FaultRecovery>
    </KioskProvider>
  );
}

/** What the page needs of the centre's settings: the languages offered (and the first) and the rest. */
const readSettings = (api: ReadKioskApi) => Promise.all([api.listLocales({}), api.getSettings({})]);

function Kiosk() {
  const api = useKiosk();
  const boot = useCall('boot', (read) => readSettings(read));
  // bench-size: the checklist preview's chunk comes in once the lobby has started, in idle time, not with its
  // entry (a failed fetch is tried again when the checklist is shown); the ICU's number and date data too, a
  // language per idle period (i18n/known-locales.ts, flow/when-idle.ts).
  useEffect(
    () =>
      idleSteps([
        () => void loadChecklistPreview().catch(() => {}),
        ...LOCALES.flatMap((locale) => [
          () => warmNumberFormats([locale]),
          () => void longDateFormat(LOCALE_INFO[locale].htmlLang).format(0),
        ]),
      ]),
    [],
  );
  // First-run setup (staff-setup) changes the settings while the page runs: read again, they replace
  // the boot's without remounting the journey (staff stay on their screen).
  const [reread, setReread] = useState<Awaited<ReturnType<typeof readSettings>> | null>(null);
  const rereadSettings = useCallback(() => {
    // The core has them stored already; a failed read leaves the old ones until the next page load.
    readSettings(api).then(setReread, (error: unknown) => console.warn('SafeCall: settings not read again', error));
  }, [api]);
  if (boot.status !== 'ready') {
    return (
      <main className="screen">
        <CallStatus failed={boot.status === 'failed'} onRetry={boot.retry} />
      </main>
    );
  }
  const [locales, settings] = reread ?? boot.data;
  return (
    <Journey
      enabled={locales.locales.map((l) => l.code)}
      defaultLocale={locales.defaultLocale}
      settings={settings}
      onSettingsChanged={rereadSettings}
    />
  );
}

function Journey({
  enabled,
  defaultLocale,
  settings,
  onSettingsChanged,
}: {
  enabled: Locale[];
  defaultLocale: Locale;
  settings: KioskSettings;
  onSettingsChanged: () => void;
}) {
  const api = useKiosk();
  const { i18n } = useTranslation();
  const [journey, dispatch] = useReducer(journeyReducer, initialJourney);
  const languages = useLanguageChoice(api, journey, dispatch, defaultLocale);
  // The page starts with the lobby's own faces only; fonts.css and the Common families come once it is painted.
  useEffect(() => loadAllFontsWhenSettled(), []);
  // While the lobby waits, every offered language's font files are loaded (flow/use-warm-languages.ts).
  useWarmLanguages(readOnly(api), enabled);
  // Set while rendering, not in an effect: a screen that throws on its first render never commits,
  // and the fault report should still name it.
  setFaultPlace(journey.overlay ?? journey.screen);

  const uiLocale = journey.locale ?? defaultLocale;
  // Before a language is chosen, the bar and the language screen's heading turn through every enabled language.
  const chromeLocale = useCyclingLocale(journey.screen === 'language' ? null : uiLocale, [
    defaultLocale,
    ...enabled.filter((l) => l !== defaultLocale),
  ]);
  useEffect(() => {
    // Every table is bundled (i18n.ts), so there is nothing to load and nothing that can fail. A visitor's
    // choice switched them before the screen was drawn (use-language-choice.ts); this keeps the resets in step.
    if (i18n.language !== uiLocale) void i18n.changeLanguage(uiLocale);
    applyDocumentLanguage(uiLocale);
  }, [i18n, uiLocale]);
  // Text size and colours apply to the whole page, dialogs included.
  const { textSize, theme, speechRate } = journey.display;
  useEffect(() => {
    document.documentElement.dataset.textSize = String(textSize);
    document.documentElement.dataset.theme = theme;
  }, [textSize, theme]);
  const speech = useSpeech(uiLocale, speechRate);
  // Staff health lists the languages this kiosk can read aloud: tell the core what the OS offers.
  const voiced = useVoicedLocales(enabled);
  const voicedKey = voiced.join(',');
  useEffect(() => {
    // A list staff cannot see is a staff problem, not the visitor's: say so in the log and carry on.
    api
      .reportVoices({ locales: voicedKey ? (voicedKey.split(',') as Locale[]) : [] })
      .catch((error: unknown) => console.warn('SafeCall: voices not reported', error));
  }, [api, voicedKey]);
  const { stop: stopSpeaking } = speech;
  // Speech never runs on into the next screen, or the next visitor's.
  useEffect(() => stopSpeaking, [journey.screen, journey.stepIndex, journey.overlay, stopSpeaking]);

  // The hidden corner and Ctrl+Alt+S open the staff PIN pad over whatever is on screen.
  useStaffEntry(useCallback(() => dispatch({ type: 'openStaff' }), []));
  // Once staff signed in on this page, a visitor reset signs them out: the next visitor finds no
  // session behind the screen (the client drops the token with the answer).
  const staffSignedIn = useRef(false);
  const signOutStaff = useCallback(() => {
    if (!staffSignedIn.current) return;
    staffSignedIn.current = false;
    // The core ends the session on its own after five quiet minutes, so a failed sign-out only waits for that.
    api.staffSignOut({}).catch((error: unknown) => console.warn('SafeCall: staff sign-out failed', error));
  }, [api]);

  /** Ends the visit when the visitor ends it (start over, finish). */
  const endVisit = useCallback(() => {
    if (journey.visitId) logEvent(api, { visitId: journey.visitId, kind: 'visit_reset' });
    signOutStaff();
    dispatch({ type: 'startOver' });
    // Nothing waits for the wipe; if it fails, the fault watchdog reports the rejection to staff.
    void wipeVisitorTraces();
  }, [api, journey.visitId, signOutStaff]);

  /** staff-assist: "Help a visitor" on staff home: whatever visit was on screen ends, a new assisted one begins. */
  const startAssisted = useCallback(() => {
    if (journey.visitId) logEvent(api, { visitId: journey.visitId, kind: 'visit_reset' });
    dispatch({ type: 'startAssisted' });
    void wipeVisitorTraces();
  }, [api, journey.visitId]);
  const assistView = { assisted: journey.assisted, english: journey.assisted && journey.staffEnglish };
  const openStaffPanel = () => dispatch({ type: 'openOverlay', overlay: 'staffPanel' });
  const staffSessionLost = useCallback(() => dispatch({ type: 'staffSessionLost' }), [dispatch]);

  // While the language picker is open, what the screen shows is read in the other languages: the change
  // then redraws it without a trip to the core (api/read-ahead.ts).
  useReadAhead(journey.overlay === 'language' ? `${journey.screen}:${journey.tutorialId}:${uiLocale}` : null, (read) =>
    enabled.filter((l) => l !== uiLocale).flatMap((l) => contentOf(read, journey, l)),
  );

  const scroller = useRef<HTMLDivElement>(null);
  useFootClearance(scroller, journey.screen !== 'attract');
  // A new page: another screen, question, guide or step.
  useScreenStartsAtTop(
    scroller,
    `${journey.screen}:${journey.questionIndex}:${journey.tutorialId}:${journey.variantId}:${journey.stepIndex}`,
  );
  // A timed-out visit waits a minute, in memory, to be continued from the lobby screen.
  const parking = useParkedVisit(api);
  const timeOut = () => {
    signOutStaff();
    // A staff screen is never kept for "continue where you left off"; nor is a visit whose start never
    // answered: with no id to carry on with, its plan could never load (use-language-choice.ts).
    if (!isStaffScreen(journey.screen) && journey.visitId) parking.park(journey);
    dispatch({ type: 'startOver' });
    // As in endVisit: a failed wipe reaches staff through the fault watchdog.
    void wipeVisitorTraces();
  };

  // While a checklist is printing the visitor is at the printer, not gone; while an urgent card or
  // "I need help" is open they may be dialling a number from it or waiting for staff: never wipe them then.
  const [printing, setPrinting] = useState(false);
  // A practice call ringing (issue 20): nobody has touched it yet, and nobody has gone.
  const [ringing, setRinging] = useState(false);
  const urgent = journey.overlay === 'scamNow' || journey.overlay === 'afterScam' || journey.overlay === 'help';
  // On a guide's steps and the checklist the visitor works on their own phone or at the printer: longer.
  const working = journey.screen === 'tutorial' || journey.screen === 'checklist';
  const idle = useIdleTimer({
    enabled: journey.screen !== 'attract',
    paused: printing || urgent || ringing,
    warnAfterSeconds: working ? settings.idle.workingSeconds : settings.idle.warnAfterSeconds,
    countdownSeconds: settings.idle.countdownSeconds,
    onTimeout: timeOut,
  });
  const warning = idle.phase === 'warning';
  useEffect(() => {
    // A soft chime: the visitor is often looking down at their own phone.
    if (warning && settings.idle.chime) playChime();
  }, [warning, settings.idle.chime]);

  if (journey.screen === 'attract') {
    const defaultFirst = [defaultLocale, ...enabled.filter((l) => l !== defaultLocale)];
    const { parked } = parking;
    return (
      <AttractScreen
        locales={defaultFirst}
        retentionDays={settings.visitLog.retentionDays}
        onTouch={() => {
          // Someone new: the waiting visit is over.
          parking.discard();
          dispatch({ type: 'touch' });
        }}
        continueIn={parked?.locale ?? undefined}
        onContinue={() => {
          const visit = parking.take();
          if (visit) dispatch({ type: 'restore', state: visit });
        }}
      />
    );
  }
  return (
    <AssistProvider value={assistView}>
      <div className="app">
        <TopBar
          chromeLocale={chromeLocale}
          onLanguage={
            journey.locale && journey.screen !== 'language'
              ? () => dispatch({ type: 'openOverlay', overlay: 'language' })
              : undefined
          }
          onStartOver={endVisit}
          onHelp={() => dispatch({ type: 'openOverlay', overlay: 'help' })}
          onScamNow={() => dispatch({ type: 'openOverlay', overlay: 'scamNow' })}
          onAfterScam={() => dispatch({ type: 'openOverlay', overlay: 'afterScam' })}
          onDisplay={() => dispatch({ type: 'openOverlay', overlay: 'display' })}
          onReadAloud={speech.available ? () => speech.speak(screenText()) : undefined}
        />
        {/* staff-assist: on every visitor screen of an assisted visit, the volunteer's way to the panel. */}
        {journey.assisted && !isStaffScreen(journey.screen) && (
          <AssistBar onOpen={openStaffPanel} onSessionEnded={staffSessionLost} />
        )}
        {/* The screen scrolls inside the frame, so the bar of urgent buttons never scrolls away. */}
        <div className="app__scroll" ref={scroller}>
          <CurrentScreen
            journey={journey}
            chromeLocale={chromeLocale}
            enabled={enabled}
            dispatch={dispatch}
            onFinish={endVisit}
            onPrinting={setPrinting}
            onRinging={setRinging}
            onHelp={() => dispatch({ type: 'openOverlay', overlay: 'help' })}
            onLanguageChosen={languages.choose}
            onStaffSignedIn={() => {
              staffSignedIn.current = true;
              dispatch({ type: 'staffSignedIn' });
            }}
            onStaffSignOut={() => {
              signOutStaff();
              dispatch({ type: 'leaveStaff', signedOut: true });
            }}
            onAssist={startAssisted}
            onSettingsChanged={() => {
              // Setup's answer opened a staff session (staff-setup): a visitor reset must end it too.
              staffSignedIn.current = true;
              onSettingsChanged();
            }}
          />
          {/* The plan counts its own hidden guides ("2 more below"). */}
          {journey.screen !== 'plan' && <MoreBelow />}
        </div>
        {journey.overlay === 'help' && (
          <HelpOverlay
            visitId={journey.visitId}
            help={settings.help}
            onClose={() => dispatch({ type: 'closeOverlay' })}
            onForStaff={journey.assisted ? openStaffPanel : undefined}
          />
        )}
        {journey.overlay === 'staffPanel' && journey.locale && (
          <StaffPanel
            journey={journey}
            locale={journey.locale}
            onEnglish={(on) => dispatch({ type: 'staffEnglish', on })}
            // issue 20: staff beside the visitor can start a practice call, from any screen once there is a plan.
            onPractice={journey.plan ? () => dispatch({ type: 'openPractice' }) : undefined}
            onClose={() => dispatch({ type: 'closeOverlay' })}
          />
        )}
        {journey.overlay === 'scamNow' && (
          <ScamNowOverlay
            locale={uiLocale}
            visitId={journey.visitId}
            onClose={() => dispatch({ type: 'closeOverlay' })}
          />
        )}
        {journey.overlay === 'afterScam' && (
          <AfterScamOverlay
            locale={uiLocale}
            visitId={journey.visitId}
            onClose={() => dispatch({ type: 'closeOverlay' })}
          />
        )}
        {journey.overlay === 'language' && journey.locale && (
          <LanguagePicker
            locales={enabled}
            current={journey.locale}
            onChoose={languages.change}
            onClose={() => dispatch({ type: 'closeOverlay' })}
          />
        )}
        {journey.overlay === 'display' && (
          <DisplayPanel
            display={journey.display}
            speechAvailable={speech.available}
            onChange={(choices) => dispatch({ type: 'display', choices })}
            onClose={() => dispatch({ type: 'closeOverlay' })}
          />
        )}
        {/* phone-language: "Change" on a guide's step asks again, over the step. */}
        {journey.overlay === 'phoneLanguage' && journey.locale && (
          <PhoneLanguageOverlay
            reading={journey.locale}
            chosen={journey.phoneLocale}
            onChoose={(phoneLocale) => dispatch({ type: 'phoneLanguageChosen', phoneLocale })}
            onClose={() => dispatch({ type: 'closeOverlay' })}
          />
        )}
        {idle.phase === 'warning' && <IdleWarning secondsLeft={idle.secondsLeft} onStay={idle.stillHere} />}
      </div>
    </AssistProvider>
  );
}

interface ScreenProps {
  journey: JourneyState;
  /** The language the kiosk's own words are in on the language screen (turning), else the visitor's. */
  chromeLocale: Locale;
  enabled: Locale[];
  dispatch: (action: JourneyAction) => void;
  onFinish: () => void;
  onPrinting: (printing: boolean) => void;
  onRinging: (ringing: boolean) => void;
  onHelp: () => void;
  onLanguageChosen: (locale: Locale) => void;
  onStaffSignedIn: () => void;
  onStaffSignOut: () => void;
  onAssist: () => void;
  onSettingsChanged: () => void;
}

function CurrentScreen(props: ScreenProps) {
  const { journey, chromeLocale, enabled, dispatch, onFinish, onPrinting, onHelp } = props;
  const { screen, locale, visitId } = journey;
  if (isStaffScreen(screen)) {
    return (
      <Suspense fallback={<StaffLoading failed={false} onRetry={() => {}} />}>
        <StaffScreens
          screen={screen}
          dispatch={dispatch}
          onSignedIn={props.onStaffSignedIn}
          onSignOut={props.onStaffSignOut}
          onAssist={props.onAssist}
          journey={journey}
          enabled={enabled}
          uiLocale={chromeLocale}
          onPrinting={onPrinting}
          onSettingsChanged={props.onSettingsChanged}
        />
      </Suspense>
    );
  }
  if (screen === 'language') {
    return <LanguageScreen locales={enabled} titleLocale={chromeLocale} onChosen={props.onLanguageChosen} />;
  }
  if (!locale) return null;
  // The visit starts on the side of the language choice: the two screens that come next need no visit id,
  // and a screen that logs with it waits for it (in practice it came long before).
  if (screen === 'phoneLanguage') {
    return (
      <PhoneLanguageScreen
        reading={locale}
        chosen={journey.phoneLocale}
        onChoose={(phoneLocale) => dispatch({ type: 'phoneLanguageChosen', phoneLocale })}
        dispatch={dispatch}
      />
    );
  }
  if (screen === 'question' || screen === 'findPhone') {
    return (
      <QuestionFlow
        locale={locale}
        index={journey.questionIndex}
        answers={journey.answers}
        findingPhone={screen === 'findPhone'}
        dispatch={dispatch}
      />
    );
  }
  if (!visitId) {
    return (
      <main className="screen">
        <CallStatus failed={false} onRetry={() => {}} />
      </main>
    );
  }
  switch (screen) {
    case 'plan':
      return (
        <PlanScreen
          locale={locale}
          visitId={visitId}
          answers={journey.answers}
          plan={journey.plan}
          completed={journey.completed}
          dispatch={dispatch}
        />
      );
    case 'browse':
      return (
        <BrowseScreen
          locale={locale}
          visitId={visitId}
          completed={journey.completed}
          plan={journey.plan}
          dispatch={dispatch}
        />
      );
    case 'tutorial':
      return journey.tutorialId ? (
        <TutorialPlayerScreen
          locale={locale}
          visitId={visitId}
          tutorialId={journey.tutorialId}
          variantId={journey.variantId}
          stepIndex={journey.stepIndex}
          versionUnsure={journey.versionUnsure}
          canOpen={(id) => canOpenLinked(journey, id)}
          dispatch={dispatch}
          // phone-language: the words the visitor's phone shows, and which phone it is.
          phoneLocale={journey.phoneLocale ?? 'unknown'}
          visitorPhone={visitorPhoneOf(journey.answers)}
        />
      ) : null;
    case 'resume':
      return <ResumeScreen visitId={visitId} dispatch={dispatch} />;
    case 'done':
      return (
        <DoneScreen
          locale={locale}
          visitId={visitId}
          completed={journey.completed}
          canPrint={journey.plan !== null}
          dispatch={dispatch}
          onFinish={onFinish}
        />
      );
    case 'checklist':
      return journey.plan ? (
        <ChecklistScreen
          locale={locale}
          visitId={visitId}
          enabled={enabled}
          plan={journey.plan}
          completed={journey.completed}
          practised={journey.practised}
          code={journey.checklistCode}
          dispatch={dispatch}
          onPrinting={onPrinting}
          onHelp={onHelp}
          // phone-language
          phoneLocale={journey.phoneLocale ?? 'unknown'}
        />
      ) : null;
    case 'practice':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <PracticeList locale={locale} practised={journey.practised} dispatch={dispatch} />
        </Suspense>
      );
    case 'rehearsal':
      return journey.rehearsalId ? (
        <Suspense fallback={<ScreenLoading />}>
          <RehearsalPlayer
            locale={locale}
            visitId={visitId}
            rehearsalId={journey.rehearsalId}
            dispatch={dispatch}
            onRinging={props.onRinging}
            hushed={journey.overlay !== null}
          />
        </Suspense>
      ) : null;
    case 'attract':
      // Drawn by App before the journey has a language (above); listed so a new screen must be placed here.
      return null;
  }
}

/** A visitor screen whose code is still on its way (a lazy chunk): the usual loading line. */
function ScreenLoading() {
  return (
    <main className="screen">
      <CallStatus failed={false} onRetry={() => {}} />
    </main>
  );
}
