import { Fragment, type ReactNode } from 'react';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { AfterScamOverlay } from '../../renderer/screens/AfterScam/AfterScamOverlay.tsx';
import { AttractScreen } from '../../renderer/screens/Attract/AttractScreen.tsx';
import { BrowseScreen } from '../../renderer/screens/Browse/BrowseScreen.tsx';
import { ChecklistScreen } from '../../renderer/screens/Checklist/ChecklistScreen.tsx';
import {
  PhoneLanguageOverlay,
  PhoneLanguageScreen,
} from '../../renderer/screens/PhoneLanguage/PhoneLanguageScreen.tsx';
import { DisplayPanel } from '../../renderer/screens/Display/DisplayPanel.tsx';
import { DoneScreen } from '../../renderer/screens/Done/DoneScreen.tsx';
import { HelpOverlay } from '../../renderer/screens/Help/HelpOverlay.tsx';
import { IdleWarning } from '../../renderer/screens/Idle/IdleWarning.tsx';
import { LanguageScreen } from '../../renderer/screens/Language/LanguageScreen.tsx';
import { PlanScreen } from '../../renderer/screens/Plan/PlanScreen.tsx';
import { PracticeList, RehearsalPlayer } from '../../renderer/screens/Practice/PracticeScreens.tsx';
import { QuestionFlow } from '../../renderer/screens/Question/QuestionFlow.tsx';
import { ResumeScreen } from '../../renderer/screens/Resume/ResumeScreen.tsx';
import { ScamNowOverlay } from '../../renderer/screens/ScamNow/ScamNowOverlay.tsx';
import { TutorialPlayerScreen } from '../../renderer/screens/TutorialPlayer/TutorialPlayerScreen.tsx';
import { THEMES } from '../../renderer/flow/journey.ts';
import { LOCALES, type Locale } from '../../shared/locales.ts';
import { AXE_TAGS } from '../support/axe-rules.ts';
import { animationsSettled, clippedButtons, sidewaysOverflow, smallTargets } from '../support/on-screen.ts';
import { axeViolations } from './axe.ts';
import { mountScreen } from './mount.tsx';
import { realAnswers } from './real-answers.ts';

/**
 * Every screen of the journey on its own, in every language, at the largest text size, in the
 * standard theme, drawn with what the real core answers (screen-answers.ts): axe-core finds nothing
 * (WCAG 2.2 AA), nothing spills sideways, every visible button is at least 48 px (64 px high for the
 * main action), and no button's words spill out of it; and, further down, every colour theme in
 * English and Arabic. The same probes run on the real journey in tests/e2e/accessibility.e2e.ts, which
 * keeps the walks at 200% zoom and in the pseudo-locale.
 */
const answers = inject('screenAnswers');
const views = inject('tutorialViews');
const VISIT = '00000000-0000-4000-8000-000000000004';
const LARGEST = 3;
const noop = () => {};

/** The screen is drawn (its calls answered) once `ready` matches something visible. */
async function drawn(where: string, ready: string) {
  await expect
    .poll(() => (document.querySelector<HTMLElement>(ready)?.getClientRects().length ?? 0) > 0, { message: where })
    .toBe(true);
}

/** What checkScreen in accessibility.e2e.ts proves of a screen, in the standard theme. */
async function expectAccessible(where: string) {
  expect(sidewaysOverflow(), `${where}: spills sideways`).toBeLessThanOrEqual(0);
  expect(smallTargets(48), `${where}: targets too small`).toEqual([]);
  expect(clippedButtons(), `${where}: button text cut off`).toEqual([]);
  await animationsSettled();
  expect(await axeViolations({ tags: AXE_TAGS }), `${where}: axe`).toEqual([]);
}

/** The journey's screens after the lobby, in the order a visitor meets them, each with what shows it is drawn. */
interface JourneyScreen {
  where: string;
  /** Matches something visible once the screen is drawn. */
  ready: string;
  screen: ReactNode;
  /** What the visitor taps, once `tap` is drawn, to bring the screen up (on the screen drawn first). */
  tap?: string;
}

function journeyScreens(locale: Locale): JourneyScreen[] {
  const a = answers[locale];
  const [first, second] = a.questions.questions;
  if (!first || !second) throw new Error(`${locale}: fewer than two questions`);
  const plan = a.plan.actions;
  // The walk's tutorial with a version question: FaceTime, which differs between iPhone versions.
  const facetime = views[locale].find((t) => t.variants.length > 1 && /facetime/i.test(t.id));
  const variant = facetime?.variants[0];
  const pictured = variant?.steps.findIndex((s) => s.screen) ?? -1;
  if (!facetime || !variant || pictured < 0)
    throw new Error(`${locale}: no FaceTime tutorial with versions and a picture`);
  const player = (variantId: string | null) => (
    <TutorialPlayerScreen
      locale={locale}
      visitId={VISIT}
      tutorialId={facetime.id}
      variantId={variantId}
      stepIndex={pictured}
      versionUnsure={false}
      canOpen={() => true}
      dispatch={noop}
    />
  );
  const language = <LanguageScreen locales={[...LOCALES]} titleLocale={locale} onChosen={noop} />;
  const display = { textSize: LARGEST, theme: 'standard', speechRate: 'normal' } as const;
  const practiceCall = (
    <RehearsalPlayer
      locale={locale}
      visitId={VISIT}
      rehearsalId="fake-bank-screen-share"
      dispatch={noop}
      onRinging={noop}
      hushed={false}
    />
  );
  const checklist = (
    <ChecklistScreen
      locale={locale}
      visitId={VISIT}
      enabled={[...LOCALES]}
      plan={plan}
      completed={[]}
      code={a.code}
      dispatch={noop}
      onPrinting={noop}
      onHelp={noop}
    />
  );
  return [
    {
      where: 'text and colours',
      ready: 'dialog[open].display',
      screen: (
        <>
          {language}
          <DisplayPanel display={display} speechAvailable={false} onChange={noop} onClose={noop} />
        </>
      ),
    },
    { where: 'language', ready: '.language button', screen: language },
    // phone-language: "Your phone's menus are in…", as a screen and over a step.
    {
      where: 'phone language',
      ready: '.phone-language button',
      screen: <PhoneLanguageScreen reading={locale} chosen={null} onChoose={noop} dispatch={noop} />,
    },
    {
      where: 'phone language, changed from a step',
      ready: 'dialog[open].phone-language',
      screen: <PhoneLanguageOverlay reading={locale} chosen="en" onChoose={noop} onClose={noop} />,
    },
    {
      where: 'question (one answer)',
      ready: '.question .answer',
      screen: <QuestionFlow locale={locale} index={0} answers={{}} dispatch={noop} />,
    },
    { where: 'checklist code', ready: '.keypad', screen: <ResumeScreen visitId={VISIT} dispatch={noop} /> },
    {
      where: "let's find out",
      ready: '.find-phone',
      screen: <QuestionFlow locale={locale} index={0} answers={{}} findingPhone dispatch={noop} />,
    },
    {
      where: 'question (several answers)',
      ready: '.question .answer',
      screen: (
        <QuestionFlow
          locale={locale}
          index={1}
          answers={{ [first.id]: a.answers[first.id] ?? [], [second.id]: a.answers[second.id] ?? [] }}
          dispatch={noop}
        />
      ),
    },
    {
      where: 'plan',
      ready: '.plan-item',
      screen: (
        <PlanScreen locale={locale} visitId={VISIT} answers={a.answers} plan={plan} completed={[]} dispatch={noop} />
      ),
    },
    {
      where: 'all guides',
      ready: '.tutorial-card',
      screen: <BrowseScreen locale={locale} visitId={VISIT} completed={[]} plan={plan} dispatch={noop} />,
    },
    { where: 'version question', ready: '.version__choice', screen: player(null) },
    { where: 'step with a phone picture', ready: '.phone', screen: player(variant.id) },
    {
      where: 'looks different',
      ready: '.different',
      screen: player(variant.id),
      tap: '.step-nav__different',
    },
    {
      where: 'help',
      ready: 'dialog[open].help',
      screen: (
        <>
          {player(variant.id)}
          <HelpOverlay visitId={VISIT} help={{ ...a.settings.help, chime: false }} onClose={noop} />
        </>
      ),
    },
    {
      where: 'someone is calling me now',
      ready: 'dialog[open] .hotline',
      screen: <ScamNowOverlay locale={locale} visitId={VISIT} onClose={noop} />,
    },
    {
      where: 'I already paid',
      ready: 'dialog[open].after-scam .hotline',
      screen: <AfterScamOverlay locale={locale} visitId={VISIT} onClose={noop} />,
    },
    {
      where: 'done',
      ready: '.done__checklist',
      screen: <DoneScreen locale={locale} visitId={VISIT} completed={[]} canPrint dispatch={noop} onFinish={noop} />,
    },
    // Practise a scam call (issue 20): the list, the incoming call, and the kind words after answering it.
    {
      where: 'practice calls',
      ready: '.practice-card',
      screen: <PracticeList locale={locale} practised={[]} dispatch={noop} />,
    },
    { where: 'practice call ringing', ready: '.rehearsal--ringing .call__button--accept', screen: practiceCall },
    {
      where: 'practice call answered',
      tap: '.call__button--accept',
      ready: '.rehearsal__feedback .rehearsal__continue',
      screen: practiceCall,
    },
    { where: 'checklist', ready: '.checklist-preview__frame[data-ready="true"]', screen: checklist },
    {
      where: 'are you still there',
      ready: 'dialog[open] .idle__stay',
      screen: (
        <>
          {checklist}
          <IdleWarning secondsLeft={30} onStay={noop} />
        </>
      ),
    },
  ];
}

describe('every screen at the largest text size, standard theme', () => {
  it.for(LOCALES)('%s: the lobby', async (locale) => {
    await mountScreen(
      <AttractScreen
        locales={[locale, ...LOCALES.filter((l) => l !== locale)]}
        onTouch={noop}
        onContinue={noop}
        retentionDays={30}
      />,
      { locale, textSize: LARGEST, frame: false },
    );
    await drawn('attract', '.attract__surface');
    // The privacy line promises the centre's own setting (visitLog.retentionDays), not a constant.
    expect(document.querySelector('.attract__privacy')?.textContent).toContain('30');
    await expectAccessible(`${locale} attract`);
  });

  it.for(LOCALES)('%s: every screen after the lobby', async (locale) => {
    const api = realAnswers(locale);
    const kiosk = await mountScreen(null, { locale, api, textSize: LARGEST });
    for (const { where, ready, screen, tap } of journeyScreens(locale)) {
      // A fresh screen each time (a key per screen): state from the one before never leaks in.
      await kiosk.show(<Fragment key={where}>{screen}</Fragment>);
      if (tap) {
        await drawn(`${locale} ${where}`, tap);
        document.querySelector<HTMLButtonElement>(tap)?.click();
      }
      await drawn(`${locale} ${where}`, ready);
      await expectAccessible(`${locale} ${where}`);
    }
  });
});

/** The colour rules a theme is held to: AAA 7:1 in the high-contrast themes, AA 4.5:1 in the others. */
const colourRules = (theme: string) =>
  theme.startsWith('contrast')
    ? ['color-contrast', 'color-contrast-enhanced', 'link-in-text-block']
    : ['color-contrast', 'link-in-text-block'];

/**
 * A theme only changes colours, and colours come from the CSS, not the language: every screen after
 * the lobby, in one left-to-right and one right-to-left language, at the largest text, in every other
 * theme, with the colour rules (the standard theme gets every rule above, in every language). Drawn
 * in the real Chromium with the real stylesheet, so axe measures the colours the kiosk shows. This
 * was the real journey's walk in tests/e2e/accessibility.e2e.ts, which now keeps only what needs the
 * real page (200% zoom, the pseudo-locale, the planted fault).
 */
describe('every screen at the largest text, every colour theme', () => {
  afterEach(() => {
    delete document.documentElement.dataset.theme;
  });

  it.for(['en', 'ar'] as const)('%s: every screen after the lobby, in each theme', async (locale) => {
    const api = realAnswers(locale);
    const kiosk = await mountScreen(null, { locale, api, textSize: LARGEST });
    for (const { where, ready, screen, tap } of journeyScreens(locale)) {
      delete document.documentElement.dataset.theme;
      await kiosk.show(<Fragment key={where}>{screen}</Fragment>);
      if (tap) {
        await drawn(`${locale} ${where}`, tap);
        document.querySelector<HTMLButtonElement>(tap)?.click();
      }
      await drawn(`${locale} ${where}`, ready);
      await animationsSettled();
      for (const theme of THEMES.filter((t) => t !== 'standard')) {
        // As the "Text and colours" panel applies it (renderer/App.tsx): on the whole page.
        document.documentElement.dataset.theme = theme;
        expect(await axeViolations({ rules: colourRules(theme) }), `${locale} ${where}, theme ${theme}`).toEqual([]);
      }
    }
  });

  it('the colour scan itself finds words too faint for a high-contrast theme (so an empty result means something)', async () => {
    await mountScreen(<p>a sentence</p>);
    document.documentElement.dataset.theme = 'contrast-dark';
    const faint = Object.assign(document.createElement('p'), { textContent: 'faint words' });
    // Large words at 3.3:1: enough for AA (3:1 for large text), short of the 4.5:1 the AAA rule wants
    // of large words in the high-contrast themes.
    faint.style.cssText = 'color:#606060;background:#000;font-size:32px';
    document.querySelector('.app__scroll')?.append(faint);
    const found = await axeViolations({ rules: colourRules('contrast-dark') });
    expect(found.some((line) => line.startsWith('color-contrast-enhanced'))).toBe(true);
    expect(await axeViolations({ rules: colourRules('standard') })).toEqual([]);
  });
});
