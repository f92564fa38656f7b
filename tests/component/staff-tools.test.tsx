import { phoneTextPlain } from '../../shared/phone-words.ts';
import { useEffect, useReducer } from 'react';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import {
  canOpenLinked,
  initialJourney,
  isStaffScreen,
  journeyReducer,
  type JourneyState,
} from '../../renderer/flow/journey.ts';
import { StaffScreens } from '../../renderer/screens/Staff/StaffScreens.tsx';
import { TutorialPlayerScreen } from '../../renderer/screens/TutorialPlayer/TutorialPlayerScreen.tsx';
import type { CallResponse } from '../../shared/api.ts';
import { TOPICS } from '../../shared/content-schema.ts';
import { KioskError } from '../../shared/errors.ts';
import { LOCALES, type Locale } from '../../shared/locales.ts';
import type { StaffStatus } from '../../shared/staff.ts';
import { axeViolations } from './axe.ts';
import { fakeKiosk, type FakeAnswers, type FakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';
import { realAnswers } from './real-answers.ts';
import { normalized, shownText } from './text.ts';
import { eventsSent } from '../../renderer/flow/log-event.ts';

/**
 * The staff tools as staff use them, from staff home's menu on: the journey reducer and the staff
 * screens together (as App holds them), on the real core's answers. The moves themselves are
 * tests/unit/renderer/journey.test.ts's; that the core lists every guide and variant, and refuses the
 * list without a staff session, is tests/integration/staff's.
 */
const VISIT = '00000000-0000-4000-8000-000000000015';
const NEW_VISIT = '00000000-0000-4000-8000-00000000a551';
const FACETIME = 'iphone-turn-off-facetime';
const SIGNED_IN: StaffStatus = {
  pinSet: true,
  setupAvailable: false,
  lockedForSeconds: 0,
  triesLeft: 5,
  signedIn: true,
};
const noop = () => {};
const guides = inject('screenAnswers').en.guides;

/** staff home, then a tool's page, over `under` (the visitor's screen staff opened the pad over). */
const atTool = (under: JourneyState, page: 'staffGuides' | 'staffPlanCode' | 'staffHandout') =>
  [{ type: 'openStaff' }, { type: 'staffSignedIn' }, { type: 'staffPage', page }].reduce(
    (s, a) => journeyReducer(s, a as Parameters<typeof journeyReducer>[1]),
    under,
  );
/** A zh-Hant visitor on their plan. */
const visiting = (locale: Locale = 'zh-Hant'): JourneyState => ({
  ...initialJourney,
  screen: 'plan',
  locale,
  visitId: VISIT,
  plan: inject('screenAnswers')[locale].plan.actions,
});

/** The journey from a staff tool on, as App draws it: staff screens, and the tutorial player a guide opens in. */
function Journey({ from, seen }: { from: JourneyState; seen: JourneyState[] }) {
  const [journey, dispatch] = useReducer(journeyReducer, from);
  useEffect(() => void seen.push(journey), [journey, seen]);
  if (isStaffScreen(journey.screen))
    return (
      <StaffScreens
        onSettingsChanged={() => {}}
        screen={journey.screen}
        dispatch={dispatch}
        onSignedIn={noop}
        onSignOut={noop}
        journey={journey}
        enabled={[...LOCALES]}
        uiLocale={journey.locale ?? 'en'}
        onPrinting={noop}
      />
    );
  if (journey.screen === 'tutorial' && journey.tutorialId && journey.locale && journey.visitId)
    return (
      <TutorialPlayerScreen
        locale={journey.locale}
        visitId={journey.visitId}
        tutorialId={journey.tutorialId}
        variantId={journey.variantId}
        stepIndex={journey.stepIndex}
        versionUnsure={journey.versionUnsure}
        canOpen={(id) => canOpenLinked(journey, id)}
        dispatch={dispatch}
      />
    );
  return <main className="screen" data-journey-screen={journey.screen} />;
}

async function mountJourney(from: JourneyState, locale: Locale, answers: FakeAnswers = {}) {
  const real = realAnswers(locale);
  const api: FakeKiosk = Object.assign(
    fakeKiosk({
      listGuides: () => guides,
      getStaffStatus: () => SIGNED_IN,
      startVisit: () => ({ visitId: NEW_VISIT }),
      openTutorial: (request) => real.openTutorial(request),
      openChecklist: () => inject('screenAnswers')[locale].returning,
      composeSheet: (request) => real.composeSheet(request),
      ...answers,
    }),
  );
  const seen: JourneyState[] = [];
  await mountScreen(<Journey from={from} seen={seen} />, { locale, api });
  return { api, seen, now: () => seen.at(-1)! };
}

const calls = (api: FakeKiosk, call: string) => api.calls.filter((c) => c.call === call).map((c) => c.request);

describe('staff tools: open any guide or variant', () => {
  it('lists every guide, grouped by topic as the visitor list is, with every variant, in English', async () => {
    await mountJourney(atTool(visiting(), 'staffGuides'), 'zh-Hant');
    await expect.element(page.getByRole('heading', { name: 'Open a guide for the visitor' })).toBeVisible();
    await expect.element(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
    // Every guide and each of its variants, in topic order, as the core lists them.
    const shown = [...document.querySelectorAll('.staff-guide')].map((li) => [
      li.querySelector('h3')?.textContent,
      [...li.querySelectorAll('button')].map((b) => b.textContent),
    ]);
    const expected = TOPICS.flatMap((topic) =>
      guides.guides.filter((g) => g.topic === topic).map((g) => [g.title, g.variants.map((v) => v.label)]),
    );
    expect(shown).toEqual(expected);
    expect(shown).toHaveLength(guides.guides.length);
    expect([...document.querySelectorAll('.staff-guides__topic h2')].map((h) => h.textContent)).toEqual([
      'iPhone',
      'WhatsApp',
      'WeChat',
      'Android phones',
      'Everyday safety',
    ]);
    expect(shownText('.staff-guides__hint')).toContain('in this visit, in 繁體中文');
    expect(document.querySelector('main')?.getAttribute('lang')).toBe('en');
    expect(await axeViolations(), 'axe on the guide list').toEqual([]);
  });

  it("in a running visit, a variant opens at its step 1 in the visitor's language, in their visit", async () => {
    const { api, now } = await mountJourney(atTool(visiting(), 'staffGuides'), 'zh-Hant');
    const facetime = guides.guides.find((g) => g.id === FACETIME)!;
    const older = facetime.variants[1]!;
    await page.getByRole('group', { name: facetime.title }).getByRole('button', { name: older.label }).click();

    const view = inject('tutorialViews')['zh-Hant'].find((t) => t.id === FACETIME)!;
    await expect.element(page.getByRole('heading', { name: view.title })).toBeVisible();
    expect(shownText('.step__text')).toBe(
      normalized(
        phoneTextPlain(
          view.variants.find((v) => v.id === older.id)!.steps[0]!.text,
          view.words,
          'unknown',
          view.locale,
        ),
      ),
    );
    expect(now()).toMatchObject({
      screen: 'tutorial',
      variantId: older.id,
      stepIndex: 0,
      visitId: VISIT,
      assisted: false,
    });
    expect(calls(api, 'openTutorial')).toEqual([{ tutorialId: FACETIME, locale: 'zh-Hant', visitId: VISIT }]);
    expect(calls(api, 'startVisit')).toEqual([]);
  });

  it("with no visit running, staff choose the visitor's language and an assisted visit starts in it", async () => {
    const { api, now } = await mountJourney(atTool(initialJourney, 'staffGuides'), 'ar');
    const facetime = guides.guides.find((g) => g.id === FACETIME)!;
    const older = facetime.variants[1]!;
    await expect.element(page.getByRole('group', { name: facetime.title })).toBeVisible();
    expect(shownText('.staff-guides__hint')).toMatch(/^No visit is running: choose a guide/);
    await page.getByRole('group', { name: facetime.title }).getByRole('button', { name: older.label }).click();

    await expect.element(page.getByRole('heading', { name: 'Which language does the visitor read?' })).toBeVisible();
    expect(shownText('.staff-language p')).toContain(
      `${facetime.title} (${older.label}) opens in a new assisted visit`,
    );
    expect([...document.querySelectorAll('.staff-language .language__choice')].map((b) => b.textContent)).toEqual([
      'English',
      '繁體中文',
      '简体中文',
      'Español',
      'Bahasa Indonesia',
      'Tiếng Việt',
      '한국어',
      'العربية',
    ]);
    expect(document.querySelector('.language__choice[lang="ar"]')?.getAttribute('dir')).toBe('rtl');
    expect(calls(api, 'startVisit')).toEqual([]);
    expect(await axeViolations(), 'axe on the language choice').toEqual([]);
    await page.getByRole('button', { name: 'العربية' }).click();

    const view = inject('tutorialViews').ar.find((t) => t.id === FACETIME)!;
    await expect.element(page.getByRole('heading', { name: view.title })).toBeVisible();
    expect(shownText('.step__text')).toBe(
      normalized(
        phoneTextPlain(
          view.variants.find((v) => v.id === older.id)!.steps[0]!.text,
          view.words,
          'unknown',
          view.locale,
        ),
      ),
    );
    expect(calls(api, 'startVisit')).toEqual([{ locale: 'ar', assisted: true }]);
    expect(calls(api, 'openTutorial')).toEqual([{ tutorialId: FACETIME, locale: 'ar', visitId: NEW_VISIT }]);
    expect(now()).toMatchObject({ screen: 'tutorial', locale: 'ar', visitId: NEW_VISIT, assisted: true });
  });

  const refused = () => {
    throw new KioskError('unauthorized', 'A staff session is needed.');
  };

  it('a session the core refused for the list sends staff back to the PIN pad', async () => {
    const { now } = await mountJourney(atTool(initialJourney, 'staffGuides'), 'en', { listGuides: refused });
    await expect.poll(() => now().screen).toBe('staffPin');
  });

  it('a session the core refused for the assisted visit sends staff back to the PIN pad, with no visit', async () => {
    const { now } = await mountJourney(atTool(initialJourney, 'staffGuides'), 'en', { startVisit: refused });
    const facetime = guides.guides.find((g) => g.id === FACETIME)!;
    await page
      .getByRole('group', { name: facetime.title })
      .getByRole('button', { name: facetime.variants[0]!.label })
      .click();
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => now().screen).toBe('staffPin');
    expect(now().visitId).toBeNull();
  });
});

describe('staff tools: reopen a plan by its code', () => {
  const type = async (digits: string) => {
    for (const d of digits)
      await page
        .elementLocator(document.querySelector('.keypad')!)
        .getByRole('button', { name: d, exact: true })
        .click();
  };

  it('a wrong code says so, keeps the digits to correct, and opens nothing; the right one opens the plan in the visit', async () => {
    const returning = inject('screenAnswers')['zh-Hant'].returning;
    let known = false;
    const { api, now } = await mountJourney(atTool(visiting(), 'staffPlanCode'), 'zh-Hant', {
      openChecklist: () => {
        if (!known) throw new KioskError('not_found', 'No checklist has that code.');
        return returning;
      },
    });
    await expect.element(page.getByRole('heading', { name: 'Reopen a plan by its code' })).toBeVisible();
    const go = page.getByRole('button', { name: 'Open the plan' });
    await type('1234567');
    await expect.element(go).toBeDisabled();
    await type('8');
    await go.click();
    await expect.poll(() => shownText('#staff-plan-problem')).toMatch(/^No plan has this code/);
    expect((document.querySelector('#staff-plan-code') as HTMLInputElement).value).toBe('1234 5678');
    expect(document.querySelector('#staff-plan-code')?.getAttribute('aria-invalid')).toBe('true');
    expect(now()).toMatchObject({ screen: 'staffPlanCode', plan: visiting().plan, visitId: VISIT });
    expect(await axeViolations(), 'axe on the plan code, wrong code').toEqual([]);

    known = true;
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await type('9');
    await go.click();
    await expect.poll(() => now().screen).toBe('plan');
    // The visit id goes with the code, so the core logs the resume for this visit (never the code).
    expect(calls(api, 'openChecklist')).toEqual([
      { code: '12345678', visitId: VISIT },
      { code: '12345679', visitId: VISIT },
    ]);
    expect(now()).toMatchObject({
      locale: 'zh-Hant',
      visitId: VISIT,
      assisted: false,
      plan: returning.actions,
      completed: returning.completed,
    });
    // The page reports no resume: the core witnessed it.
    await eventsSent();
    expect(calls(api, 'recordEvent')).toEqual([]);
    expect(calls(api, 'startVisit')).toEqual([]);
  });

  it('with no visit running, the plan opens in a new assisted visit in the language staff choose', async () => {
    const returning = inject('screenAnswers').vi.returning;
    const { api, now } = await mountJourney(atTool(initialJourney, 'staffPlanCode'), 'en', {
      openChecklist: () => returning,
    });
    await type('48271935');
    await page.getByRole('button', { name: 'Open the plan' }).click();
    await expect.element(page.getByRole('heading', { name: 'Which language does the visitor read?' })).toBeVisible();
    expect(shownText('.staff-language p')).toContain('The plan with code 4827 1935 opens in a new assisted visit');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => now().screen).toBe('plan');
    expect(now()).toMatchObject({ locale: 'vi', visitId: NEW_VISIT, assisted: true, plan: returning.actions });
    expect(calls(api, 'startVisit')).toEqual([{ locale: 'vi', assisted: true }]);
    // Looked up with no visit, then opened again for the new visit: the core logs the resume for that one.
    expect(calls(api, 'openChecklist')).toEqual([{ code: '48271935' }, { code: '48271935', visitId: NEW_VISIT }]);
    await eventsSent();
    expect(calls(api, 'recordEvent')).toEqual([]);
  });

  it('too many wrong codes says how long to wait', async () => {
    await mountJourney(atTool(visiting(), 'staffPlanCode'), 'en', {
      openChecklist: () => {
        throw new KioskError('too_many_attempts', 'Too many.', undefined, { retryAfterSeconds: 240 });
      },
    });
    await type('12345678');
    await page.getByRole('button', { name: 'Open the plan' }).click();
    await expect
      .poll(() => shownText('#staff-plan-problem'))
      .toBe('Too many wrong codes were tried. Try again in 4 minutes.');
  });

  it('a page no longer signed in goes back to the PIN pad', async () => {
    const { now } = await mountJourney(atTool(visiting(), 'staffPlanCode'), 'en', {
      getStaffStatus: () => ({ ...SIGNED_IN, signedIn: false }),
    });
    await expect.poll(() => now().screen).toBe('staffPin');
  });
});

describe('staff tools: print a handout', () => {
  const realPrint = window.print;
  afterEach(() => {
    window.print = realPrint;
  });

  it('any topic, language, second language and 1-5 copies: Electron prints them; a failed print says why and keeps every choice', async () => {
    const printed: CallResponse<'printSheet'>[] = [
      { status: 'failed', reason: 'offline' },
      { status: 'sent', copies: 3 },
    ];
    const { api } = await mountJourney(atTool(visiting('ar'), 'staffHandout'), 'ar', {
      printSheet: () => printed.shift()!,
    });
    let browserPrints = 0;
    window.print = () => void browserPrints++;
    await expect.element(page.getByRole('heading', { name: 'Print a handout' })).toBeVisible();
    await expect.poll(() => document.querySelector('.checklist-preview__frame[data-ready="true"]')).not.toBeNull();
    // The visitor's language is chosen first; every topic is offered, in English.
    const pressed = (legend: string) =>
      [...document.querySelectorAll('fieldset')]
        .find((f) => f.querySelector('legend')?.textContent === legend)
        ?.querySelector('[aria-pressed="true"]')?.textContent;
    expect(pressed('Language')).toBe('العربية');
    expect(pressed('Topic')).toBe('iPhone');
    expect(pressed('Copies')).toBe('1');
    expect(document.querySelector('main')?.getAttribute('lang')).toBe('en');
    expect(document.querySelector('.checklist-preview .sheet')?.getAttribute('dir')).toBe('rtl');
    expect(await axeViolations(), 'axe on the handout screen').toEqual([]);

    await page.getByRole('button', { name: 'WeChat' }).click();
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '繁體中文' }).click();
    await page
      .getByRole('group', { name: 'Add a second language for your family' })
      .getByRole('button', { name: 'English' })
      .click();
    await page.getByRole('group', { name: 'Copies' }).getByRole('button', { name: '3', exact: true }).click();
    const print = page.getByRole('button', { name: 'Print 3 copies' });
    await print.click();
    await expect.poll(() => shownText('.checklist__problem')).toMatch(/^The handout did not print\./);
    expect(shownText('.checklist__staff-reason')).toBe('For staff: the printer is off or not connected.');
    // Print is at the foot of the screen, the answer at the head of the controls: brought into view.
    await expect
      .element(page.elementLocator(document.querySelector('.checklist__problem')!))
      .toBeInViewport({ ratio: 1 });
    // Nothing lost: the same choices, the preview, and Print.
    expect(pressed('Topic')).toBe('WeChat');
    expect(pressed('Copies')).toBe('3');
    await expect.element(print).toBeEnabled();
    expect(await axeViolations(), 'axe on the handout screen, print failed').toEqual([]);

    await print.click();
    await expect.poll(() => shownText('.checklist__status')).toBe('Sent to the printer: 3 copies.');
    await expect.element(page.elementLocator(document.querySelector('.checklist__sent')!)).toBeInViewport({ ratio: 1 });
    const sheet = { kind: 'handout', topic: 'wechat', lang: 'zh-Hant', second: 'en' };
    // Counted in the visit under staff mode, as the visitor's own print is: the core logs what the printer said.
    expect(calls(api, 'printSheet')).toEqual([
      { sheet, copies: 3, visitId: VISIT },
      { sheet, copies: 3, visitId: VISIT },
    ]);
    expect(calls(api, 'composeSheet')).toContainEqual({ sheet });
    expect(browserPrints).toBe(0);
    await eventsSent();
    expect(calls(api, 'recordEvent')).toEqual([]);
  });

  it('the browser shell: the page prints itself, only the sheet; with no visit nothing is logged', async () => {
    const { api } = await mountJourney(atTool(initialJourney, 'staffHandout'), 'en', {
      printSheet: () => ({ status: 'browser' }),
    });
    let printedSheet: string | null | undefined;
    window.print = () => {
      // The browser prints the page as it is then: the handout's sheet is on it, drawn.
      printedSheet = document.querySelector('.checklist-preview .sheet')?.textContent;
    };
    await expect.poll(() => document.querySelector('.checklist-preview__frame[data-ready="true"]')).not.toBeNull();
    await page.getByRole('button', { name: 'Everyday safety' }).click();
    await page.getByRole('button', { name: 'Print 1 copy' }).click();
    await expect.poll(() => shownText('.checklist__status')).toBe("Printed through the browser's print window.");
    expect(printedSheet).toBeTruthy();
    expect(calls(api, 'printSheet')).toEqual([{ sheet: { kind: 'handout', topic: 'general', lang: 'en' }, copies: 1 }]);
    await eventsSent();
    expect(calls(api, 'recordEvent')).toEqual([]);
    // Laid out as the visitor's checklist, so the same print rules (app.css) leave only the sheet on paper.
    expect(document.querySelector('main')?.classList.contains('checklist')).toBe(true);
    expect(document.querySelector('.checklist__layout > .checklist-preview')).not.toBeNull();
  });
});
