import { describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import { initialJourney, type JourneyState } from '../../renderer/flow/journey.ts';
import { BrowseScreen } from '../../renderer/screens/Browse/BrowseScreen.tsx';
import { DoneScreen } from '../../renderer/screens/Done/DoneScreen.tsx';
import { HelpOverlay } from '../../renderer/screens/Help/HelpOverlay.tsx';
import { PlanScreen } from '../../renderer/screens/Plan/PlanScreen.tsx';
import { QuestionFlow } from '../../renderer/screens/Question/QuestionFlow.tsx';
import { StaffPanel } from '../../renderer/screens/StaffPanel/StaffPanel.tsx';
import { TutorialPlayerScreen } from '../../renderer/screens/TutorialPlayer/TutorialPlayerScreen.tsx';
import { NewsProvider } from '../../renderer/api/news-context.tsx';
import { AssistBar } from '../../renderer/staff/AssistBar.tsx';
import { AssistProvider, type AssistView } from '../../renderer/staff/assist-context.tsx';
import type { Locale } from '../../shared/locales.ts';
import type { TutorialView } from '../../shared/content-schema.ts';
import { phoneTextPlain, phoneWordIds } from '../../shared/phone-words.ts';
import { axeViolations } from './axe.ts';
import { fakeKiosk, type FakeKiosk } from './fake-kiosk.ts';
import { fakeNews } from './fake-news.ts';
import { mountScreen } from './mount.tsx';

/**
 * The assisted walkthrough's screens on their own, with the real content (as the core compiles it):
 * the facilitator notes box, the For-staff panel and "Show in English for staff". The journey's moves
 * are in tests/unit/renderer/journey.test.ts; the whole walk in tests/e2e/assisted-walkthrough.e2e.ts.
 */
const VISIT = '00000000-0000-4000-8000-000000000001';
/** A step text as staff read it in English: the English phone's words (phone-language). */
const englishWords = (en: { tutorial: TutorialView }, text: string) =>
  phoneTextPlain(text, en.tutorial.words, 'en', 'en');
const FACETIME = 'iphone-turn-off-facetime';
const VARIANT = 'ios-18-and-later';
const VISITOR_ALONE: AssistView = { assisted: false, english: false };
const ASSISTED: AssistView = { assisted: true, english: false };
const ENGLISH_ON: AssistView = { assisted: true, english: true };

/** The real core's answers in whichever language each call asks for (the English view included). */
function bothLanguages(): FakeKiosk {
  const answers = inject('screenAnswers');
  const views = inject('tutorialViews');
  return fakeKiosk({
    getSettings: () => answers.en.settings,
    getQuestions: ({ locale }) => answers[locale].questions,
    listTutorials: ({ locale }) => answers[locale].tutorials,
    makePlan: ({ locale }) => answers[locale].plan,
    openTutorial: ({ tutorialId, locale }) => {
      const tutorial = views[locale].find((t) => t.id === tutorialId);
      if (!tutorial?.variants[0]) throw new Error(`no tutorial ${tutorialId}`);
      return { tutorial, variant: tutorial.variants[0] };
    },
  });
}

const view = (locale: Locale) => {
  const tutorial = inject('tutorialViews')[locale].find((t) => t.id === FACETIME)!;
  return { tutorial, variant: tutorial.variants.find((v) => v.id === VARIANT)! };
};

async function stepTwo(locale: Locale, assist: AssistView, api = bothLanguages()) {
  await mountScreen(
    <AssistProvider value={assist}>
      <TutorialPlayerScreen
        locale={locale}
        visitId={VISIT}
        tutorialId={FACETIME}
        variantId={VARIANT}
        stepIndex={1}
        versionUnsure={false}
        canOpen={() => true}
        dispatch={() => {}}
      />
    </AssistProvider>,
    { locale, api },
  );
  const { tutorial, variant } = view(locale);
  await expect
    .element(page.getByText(phoneTextPlain(variant.steps[1]!.text, tutorial.words, 'unknown', tutorial.locale)))
    .toBeVisible();
  return api;
}

describe('facilitator notes', () => {
  it('show in an assisted visit, in a separate "For staff" box: English first, then the visitor\'s language with its lang and dir', async () => {
    await stepTwo('ar', ASSISTED);
    const note = view('ar').variant.steps[1]!.facilitator![0]!;
    await expect.element(page.getByRole('complementary', { name: 'For staff' })).toBeVisible();
    const box = document.querySelector('.staff-notes')!;
    expect(box.getAttribute('lang')).toBe('en');
    expect(box.querySelector('.staff-notes__part:first-of-type li')?.textContent).toContain(note.en);
    const visitor = document.querySelector('.staff-notes__part--visitor ul')!;
    expect(visitor.textContent).toBe(note.text);
    expect(visitor.getAttribute('lang')).toBe('ar');
    expect(visitor.getAttribute('dir')).toBe('rtl');
    // The English part comes first.
    const parts = [...document.querySelectorAll('.staff-notes__part')];
    expect(parts.map((p) => p.querySelector('.staff-notes__label')?.textContent)).toEqual([
      'In English',
      "In the visitor's language (Arabic)",
    ]);
    expect(await axeViolations(), 'axe on a step with notes').toEqual([]);
  });

  it('about the whole guide come with the first step', async () => {
    await mountScreen(
      <AssistProvider value={ASSISTED}>
        <TutorialPlayerScreen
          locale="zh-Hant"
          visitId={VISIT}
          tutorialId={FACETIME}
          variantId={VARIANT}
          stepIndex={0}
          versionUnsure={false}
          canOpen={() => true}
          dispatch={() => {}}
        />
      </AssistProvider>,
      { locale: 'zh-Hant', api: bothLanguages() },
    );
    const guideNote = view('zh-Hant').tutorial.facilitator![0]!;
    await expect.element(page.getByRole('complementary', { name: 'For staff' })).toBeVisible();
    const notes = [...document.querySelectorAll('.staff-notes__note')].map((n) => n.textContent);
    expect(notes[0]).toContain(guideNote.en);
    expect(notes[0]).toContain('About this guide');
    expect(notes).toContain(guideNote.text);
  });

  it('never show in a visitor-only visit', async () => {
    await stepTwo('ar', VISITOR_ALONE);
    expect(document.querySelector('.staff-notes')).toBeNull();
    expect(document.body.textContent).not.toContain(view('ar').variant.steps[1]!.facilitator![0]!.en);
  });
});

describe('the For-staff panel', () => {
  const journey: JourneyState = {
    ...initialJourney,
    screen: 'tutorial',
    overlay: 'staffPanel',
    assisted: true,
    locale: 'zh-Hant',
    visitId: VISIT,
    answers: { phone: ['phone-iphone'], apps: ['apps-none'] },
    plan: [{ tutorialId: 'general-stop-screen-share' }, { tutorialId: FACETIME }],
    completed: ['general-stop-screen-share'],
    tutorialId: FACETIME,
    variantId: VARIANT,
    variantAsked: true,
    stepIndex: 1,
    lookedDifferent: [{ tutorialId: FACETIME, variantId: VARIANT, stepIndex: 1 }],
  };

  it("names the phone, version, guide, step, steps that looked different and the plan, in English and the visitor's language; it only reads", async () => {
    const api = bothLanguages();
    const toggled: boolean[] = [];
    await mountScreen(
      <StaffPanel journey={journey} locale="zh-Hant" onEnglish={(on) => toggled.push(on)} onClose={() => {}} />,
      { locale: 'zh-Hant', api },
    );
    const en = view('en');
    const own = view('zh-Hant');
    const row = (label: string) =>
      [...document.querySelectorAll('.staff-panel__row')]
        .find((r) => r.querySelector('dt')?.textContent === label)
        ?.querySelector('dd') as HTMLElement;
    await expect.poll(() => row('Guide')?.textContent).toBe(en.tutorial.title + own.tutorial.title);
    expect(row('Phone').textContent).toBe('iPhone');
    expect(row('Version chosen').textContent).toBe(en.variant.label + own.variant.label);
    expect(row('Step').textContent).toBe(
      `Step 2 of ${en.variant.steps.length}${englishWords(en, en.variant.steps[1]!.text)}${phoneTextPlain(own.variant.steps[1]!.text, own.tutorial.words, 'unknown', own.tutorial.locale)}`,
    );
    expect(row('Steps that looked different').textContent).toContain(`Step 2${en.tutorial.title}`);
    expect(row('Plan').querySelectorAll('li')).toHaveLength(2);
    expect(row('Plan').querySelector('.staff-panel__done')?.textContent).toContain('✓ done');
    expect(row("Visitor's language").textContent).toBe('Traditional Chinese繁體中文');
    // The visitor's words carry their language.
    expect(row('Guide').querySelector('.staff-panel__visitor')?.getAttribute('lang')).toBe('zh-Hant-HK');
    expect(document.querySelector('.staff-panel .modal__body')?.getAttribute('lang')).toBe('en');
    expect(await axeViolations(), 'axe on the For-staff panel').toEqual([]);

    // Nothing of it is stored: reading calls only, none naming the visit (so none is logged).
    const reads = new Set(['getQuestions', 'listTutorials', 'openTutorial']);
    expect(api.calls.length).toBeGreaterThan(0);
    expect(api.calls.filter((c) => !reads.has(c.call))).toEqual([]);
    expect(api.calls.filter((c) => (c.request as { visitId?: string }).visitId !== undefined)).toEqual([]);

    const toggle = page.getByRole('button', { name: 'Show in English for staff' });
    await expect.element(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    expect(toggled).toEqual([true]);
  });

  it('before any guide, says what is not known yet', async () => {
    await mountScreen(
      <StaffPanel
        journey={{ ...initialJourney, screen: 'question', assisted: true, locale: 'ar', visitId: VISIT }}
        locale="ar"
        onEnglish={() => {}}
        onClose={() => {}}
      />,
      { locale: 'ar', api: bothLanguages() },
    );
    await expect.element(page.getByText('No guide open')).toBeVisible();
    await expect.element(page.getByText('Not answered yet')).toBeVisible();
    expect(await axeViolations(), 'axe on the For-staff panel, no guide yet').toEqual([]);
  });
});

describe('"Show in English for staff"', () => {
  it("puts the English step, title and phone words under the visitor's, marked English and left to right; reads without the visit id", async () => {
    const api = await stepTwo('ar', ENGLISH_ON);
    const en = view('en');
    const own = view('ar');
    // The English step with the English phone's words (phone-language: by the one rule, for a phone in English).
    const enText = en.variant.steps[1]!.text;
    await expect.element(page.getByText(englishWords(en, enText))).toBeVisible();
    const lines = [...document.querySelectorAll('.in-english')];
    expect(lines.map((l) => l.textContent)).toEqual(
      expect.arrayContaining([en.tutorial.title, englishWords(en, enText)]),
    );
    for (const id of phoneWordIds(enText))
      expect(document.querySelector('.step__words > .in-english')?.textContent).toContain(
        en.tutorial.words[id]?.phone.en ?? en.tutorial.words[id]?.meaning,
      );
    for (const line of lines) {
      expect(line.getAttribute('lang')).toBe('en');
      expect(line.getAttribute('dir')).toBe('ltr');
    }
    // The visitor's text is still there, first, in their language.
    expect(document.querySelector('.step__text')?.textContent).toBe(
      phoneTextPlain(own.variant.steps[1]!.text, own.tutorial.words, 'unknown', own.tutorial.locale),
    );
    // Visually secondary: smaller than the visitor's words.
    const size = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
    expect(size('.step__words > .in-english')).toBeLessThan(size('.step__text'));
    const english = api.calls.filter(
      (c) => c.call === 'openTutorial' && (c.request as { locale: string }).locale === 'en',
    );
    expect(english).toEqual([{ call: 'openTutorial', request: { tutorialId: FACETIME, locale: 'en' } }]);
    expect(await axeViolations(), 'axe on a step with English under it').toEqual([]);
  });

  it('is off by default: no English line and no English call', async () => {
    const api = await stepTwo('ar', ASSISTED);
    expect(document.querySelector('.in-english')).toBeNull();
    expect(api.calls.filter((c) => (c.request as { locale?: string }).locale === 'en')).toEqual([]);
  });

  it("shows the question and its answers in English under the visitor's", async () => {
    await mountScreen(
      <AssistProvider value={ENGLISH_ON}>
        <QuestionFlow locale="zh-Hant" index={0} answers={{}} dispatch={() => {}} />
      </AssistProvider>,
      { locale: 'zh-Hant', api: bothLanguages() },
    );
    const en = inject('screenAnswers').en.questions.questions[0]!;
    await expect.element(page.getByText(en.title, { exact: true })).toBeVisible();
    await expect.element(page.getByText(en.options[0]!.label, { exact: true })).toBeVisible();
    await expect.element(page.getByText('Choose one answer.', { exact: false })).toBeVisible();
    expect(await axeViolations(), 'axe on a question with English under it').toEqual([]);
  });

  it("shows the plan's guides in English under the visitor's", async () => {
    const plan = inject('screenAnswers')['ar'].plan.actions;
    await mountScreen(
      <AssistProvider value={ENGLISH_ON}>
        <PlanScreen locale="ar" visitId={VISIT} answers={{}} plan={plan} completed={[]} dispatch={() => {}} />
      </AssistProvider>,
      { locale: 'ar', api: bothLanguages(), moreBelow: false },
    );
    const title = inject('screenAnswers').en.tutorials.tutorials.find((t) => t.id === plan[0]!.tutorialId)!.title;
    await expect.element(page.getByText(title, { exact: true })).toBeVisible();
    expect(await axeViolations(), 'axe on the plan with English under it').toEqual([]);
  });

  it("shows the guide list's heading, topics and titles in English under the visitor's", async () => {
    await mountScreen(
      <AssistProvider value={ENGLISH_ON}>
        <BrowseScreen locale="zh-Hant" visitId={VISIT} completed={[]} plan={null} dispatch={() => {}} />
      </AssistProvider>,
      { locale: 'zh-Hant', api: bothLanguages(), moreBelow: false },
    );
    const facetime = inject('screenAnswers').en.tutorials.tutorials.find((t) => t.id === FACETIME)!;
    await expect.element(page.getByText(facetime.title, { exact: true })).toBeVisible();
    await expect.element(page.getByText('All guides', { exact: true })).toBeVisible();
    expect(document.querySelectorAll('.in-english[lang="en"][dir="ltr"]').length).toBeGreaterThan(20);
    expect(await axeViolations(), 'axe on the guide list with English under it').toEqual([]);
  });

  it("shows what was changed today in English under the visitor's words", async () => {
    await mountScreen(
      <AssistProvider value={ENGLISH_ON}>
        <DoneScreen
          locale="ar"
          visitId={VISIT}
          completed={[FACETIME]}
          canPrint
          dispatch={() => {}}
          onFinish={() => {}}
        />
      </AssistProvider>,
      { locale: 'ar', api: bothLanguages(), moreBelow: false },
    );
    const facetime = inject('screenAnswers').en.tutorials.tutorials.find((t) => t.id === FACETIME)!;
    await expect.element(page.getByText(facetime.done, { exact: true })).toBeVisible();
    expect(await axeViolations(), 'axe on the done screen with English under it').toEqual([]);
  });

  it('shows the Help overlay in English under the visitor\'s, and its "For staff" button', async () => {
    let forStaff = 0;
    await mountScreen(
      <AssistProvider value={ENGLISH_ON}>
        <HelpOverlay
          visitId={VISIT}
          help={{ ...inject('screenAnswers').en.settings.help, chime: false }}
          onClose={() => {}}
          onForStaff={() => forStaff++}
        />
      </AssistProvider>,
      { locale: 'ar', api: bothLanguages() },
    );
    await expect.element(page.getByText('A member of staff will come to help you.')).toBeVisible();
    await page.getByRole('button', { name: 'For staff' }).click();
    expect(forStaff).toBe(1);
    expect(await axeViolations(), 'axe on Help with English under it').toEqual([]);
  });

  it('Help has no "For staff" button outside an assisted visit', async () => {
    await mountScreen(
      <HelpOverlay
        visitId={VISIT}
        help={{ ...inject('screenAnswers').en.settings.help, chime: false }}
        onClose={() => {}}
      />,
      { locale: 'ar', api: bothLanguages() },
    );
    await expect.element(page.getByRole('heading', { level: 2 })).toBeVisible();
    expect(document.querySelector('.help__for-staff')).toBeNull();
    expect(document.querySelector('.in-english')).toBeNull();
  });
});

describe('the assisted-visit bar', () => {
  it("hears that this page's staff session ended and drops the staff side at once; news from before it was drawn is not news", async () => {
    const { news, push, listening } = fakeNews();
    // An earlier session's end, before this walkthrough's bar was drawn.
    push('staffSessionEnded', { reason: 'expired' });
    let ended = 0;
    await mountScreen(
      <NewsProvider news={news}>
        <AssistBar onOpen={() => {}} onSessionEnded={() => ended++} />
      </NewsProvider>,
      { locale: 'zh-Hant', api: bothLanguages() },
    );
    await expect.element(page.getByRole('button', { name: 'For staff' })).toBeVisible();
    await expect.poll(() => listening('staffSessionEnded')).toBe(1);
    expect(ended).toBe(0);
    push('staffSessionEnded', { reason: 'expired' });
    await expect.poll(() => ended).toBe(1);
    expect(await axeViolations(), 'axe on the bar').toEqual([]);
  });
});
