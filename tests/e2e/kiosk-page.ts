import { join } from 'node:path';
import { expect, type APIRequestContext, type Page, type Request } from '@playwright/test';
import type { CallResponse } from '../../shared/api.ts';
import { NEWS_ROUTE } from '../../shared/news-names.ts';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { TutorialView } from '../../shared/content-schema.ts';
import type { PhoneLocale } from '../../shared/phone-picture.ts';
import { phoneTextPlain } from '../../shared/phone-words.ts';
import { AXE_TAGS, axeViolations } from '../support/axe.ts';
import { saveScreenshot } from '../support/screenshots.ts';
import { PAGE_ID_HEADER, STAFF_TOKEN_HEADER } from '../../shared/staff.ts';
import { signInStaff } from '../support/staff.ts';
import { httpEnvelope, unwrap, type Caller } from '../support/unwrap.ts';
import { readVisitLog, type LoggedEvent } from './visit-log.ts';

/** Calls the browser shell's API directly, to learn what the screens should say in each language. */
export async function api<T>(request: APIRequestContext, call: string, body: unknown): Promise<T> {
  const response = await request.post(`/api/${call}`, { data: body });
  return unwrap<T>(`${call} (HTTP ${response.status()})`, httpEnvelope(response.status(), await response.json()));
}

/** The browser shell's API as the core's door: a caller is a page id header, its token the staff header. */
function overHttp(request: APIRequestContext) {
  return {
    dispatch: async (call: string, body: unknown, from?: Caller) => {
      const headers: Record<string, string> = {
        ...(from?.caller && { [PAGE_ID_HEADER]: from.caller }),
        ...(from?.token && { [STAFF_TOKEN_HEADER]: from.token }),
      };
      const response = await request.post(`/api/${call}`, { data: body, headers });
      return httpEnvelope(response.status(), await response.json());
    },
  };
}

const staffSessions = new WeakMap<APIRequestContext, Caller>();

/**
 * Signs this request context in as staff, the way the PIN pad does (the first time on a kiosk, its
 * first PIN is chosen): as a page of its own, with a page id made here. Do it before the test locks
 * the database, since choosing the first PIN writes.
 */
export async function signInOverHttp(request: APIRequestContext): Promise<void> {
  staffSessions.set(request, await signInStaff(overHttp(request), crypto.randomUUID()));
}

/** A staff call over HTTP (getHealth, getReviewList): signed in once per request context, again if the session ended. */
export async function staffApi<T>(request: APIRequestContext, call: string, body: unknown): Promise<T> {
  if (!staffSessions.has(request)) await signInOverHttp(request);
  let result = await overHttp(request).dispatch(call, body, staffSessions.get(request));
  if (!result.ok && result.error.code === 'unauthorized') {
    await signInOverHttp(request);
    result = await overHttp(request).dispatch(call, body, staffSessions.get(request));
  }
  return unwrap<T>(call, result);
}

/** A journey into one tutorial: the language, the answers, the guide's title and the version chosen (if it asks). */
export interface TutorialJourney {
  locale: Locale;
  /** The language's own name, as on its button. */
  language: string;
  answers: string[];
  tutorial: string;
  version?: string;
}

/**
 * The kiosk as a visitor sees it: big buttons with words on them. Tests speak in these terms, and
 * every screen they reach can be checked with axe-core; console errors (a CSP violation included)
 * are collected and must stay empty.
 */
export class KioskPage {
  readonly problems: string[] = [];
  readonly page: Page;
  /** Where the kiosk this page talks to keeps its database (the worker's shell): for reading the log. */
  private readonly dataDir: string | undefined;
  /** The visits this page started, in order: learnt from the core's startVisit answers and the page's own calls. */
  private readonly visits: string[] = [];
  private readonly pending = new Set<Promise<void>>();
  /** Calls to the core the page has sent and not yet had answered. */
  private readonly inFlight = new Set<Request>();

  constructor(page: Page, shell?: { dataDir: string }) {
    this.page = page;
    this.dataDir = shell?.dataDir;
    page.on('console', (m) => {
      if (m.type() === 'error') this.problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.problems.push(`page error: ${e.message}`));
    // A visit id also travels in the page's own calls: that catches one the page minted when startVisit failed.
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      // The news stream stays open for the page's life: it is not a call waiting for its answer.
      if (!path.startsWith('/api/') || path === NEWS_ROUTE) return;
      this.inFlight.add(r);
      let id: unknown;
      try {
        id = (r.postDataJSON() as { visitId?: unknown } | null)?.visitId;
      } catch {
        return; // not JSON: carries no visit
      }
      if (typeof id === 'string') this.learnVisit(id);
    });
    page.on('requestfinished', (r) => this.inFlight.delete(r));
    page.on('requestfailed', (r) => this.inFlight.delete(r));
    page.on('response', (r) => {
      if (!r.url().endsWith('/api/startVisit') || !r.ok()) return;
      const read = r
        .json()
        .then((body: { visitId?: unknown }) => {
          if (typeof body.visitId === 'string') this.learnVisit(body.visitId);
        })
        .catch(() => {})
        .finally(() => this.pending.delete(read));
      this.pending.add(read);
    });
  }

  private learnVisit(id: string) {
    if (!this.visits.includes(id)) this.visits.push(id);
  }

  /** The ids of the visits this page started so far, oldest first. */
  async visitIds(): Promise<string[]> {
    await Promise.all([...this.pending]);
    return [...this.visits];
  }

  /** This page's own visits in the kiosk's log, oldest event first: never another test's. */
  async visitLog(): Promise<LoggedEvent[]> {
    if (!this.dataDir) throw new Error('This KioskPage has no shell to read the log from: use the `kiosk` fixture.');
    return readVisitLog(this.dataDir, await this.visitIds());
  }

  /** The events of one of this page's visits (0 the first, -1 the latest). */
  async visitEvents(index = -1): Promise<LoggedEvent[]> {
    const id = (await this.visitIds()).at(index);
    return (await this.visitLog()).filter((e) => e.visit_id === id);
  }

  /**
   * The journey's usual preamble: open, touch to start, choose the language, answer the questions,
   * browse all guides, open one and choose its version (when one is given).
   */
  async openTutorialFromStart(request: APIRequestContext, journey: TutorialJourney) {
    await this.open();
    await this.touchToStart();
    await this.chooseLanguage(journey.language);
    await this.answerQuestions(request, journey.locale, journey.answers);
    await this.browse();
    await this.openTutorial(journey.tutorial);
    if (journey.version !== undefined) await this.chooseVersion(journey.version);
  }

  async open() {
    await this.page.goto('/');
    await expect(this.page.locator('.attract__surface')).toBeVisible();
  }

  async touchToStart() {
    await this.page.locator('.attract__surface').click();
  }

  /** Chooses the reading language, then answers "Your phone's menus are in…" with the same language (its first choice). */
  async chooseLanguage(nativeName: string) {
    await this.press(nativeName);
    await this.answerPhoneLanguage();
  }

  /**
   * phone-language: answers "Your phone's menus are in…", by a language's own name or "I don't know"
   * in the visitor's words; by default its first choice, the visitor's reading language.
   */
  async answerPhoneLanguage(name?: string) {
    // Its first choice is the reading language, which is what 'unknown' stands for too.
    this.phone = (Object.values(LOCALE_INFO).find((l) => l.nativeName === name)?.code ?? 'unknown') as PhoneLocale;
    const choices = this.page.locator('.phone-language:not(.phone-language--overlay)');
    await expect(choices).toBeVisible();
    const choice =
      name === undefined
        ? choices.locator('.language__choice').first()
        : choices.getByRole('button', { name, exact: true });
    await expect(choice).toBeInViewport({ ratio: 1 });
    await choice.click();
    await expect(this.page.locator('.question, .plan').first()).toBeVisible();
  }

  /** Answers every question with the given answer ids, by the words on their buttons in this language. */
  async answerQuestions(request: APIRequestContext, locale: Locale, answerIds: string[]) {
    const { questions } = await api<CallResponse<'getQuestions'>>(request, 'getQuestions', { locale });
    for (const question of questions) {
      await expect(this.page.locator('#question-title')).toHaveText(question.title);
      const chosen = question.options.filter((o) => answerIds.includes(o.id));
      expect(chosen.length, `no answer given for ${question.id}`).toBeGreaterThan(0);
      for (const option of chosen) await this.page.locator('.answer', { hasText: option.label }).first().click();
      // "Not sure" which phone opens "let's find out" first: still not knowing keeps that answer.
      if (chosen.some((o) => o.findOut)) await this.page.locator('.find-phone__unsure').click();
      if (question.kind === 'multiple') await this.page.locator('.step-nav__next').click();
    }
    await expect(this.page.locator('.plan-item').first()).toBeVisible();
  }

  /** Chooses a text size (0 to 3) in the "Text and colours" panel, as a visitor does. */
  async textSize(size: number) {
    await this.page.locator('.top-bar__display').click();
    await this.page.locator('.display__sizes .choice').nth(size).click();
    await this.page.locator('.display .modal__close').click();
  }

  async openFromPlan(index: number) {
    await this.page.locator('.plan-item__start').nth(index).click();
  }

  async browse() {
    await this.page.locator('.plan__browse').click();
    await expect(this.page.locator('.tutorial-card').first()).toBeVisible();
  }

  async openTutorial(title: string) {
    await this.page.locator('.tutorial-card', { hasText: title }).first().click();
  }

  async chooseVersion(label: string) {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }

  /** The phone language the visitor answered ('unknown': their reading language, or "I don't know"). */
  phone: PhoneLocale = 'unknown';

  /** A step's text, tip or check as the screen shows it: its {{id}} phone words by the one rule, for the answered phone. */
  shownStep(text: string, tutorial: Pick<TutorialView, 'words' | 'locale'>): string {
    return phoneTextPlain(text, tutorial.words, this.phone, tutorial.locale);
  }

  stepText() {
    return this.page.locator('.step__text');
  }

  progress() {
    return this.page.locator('.step-progress__text');
  }

  /** Next, Yes or I did it: the step's main button, pressed only if it is on screen. */
  async forward() {
    const button = this.page.locator('.step-nav__next');
    await expect(button).toBeInViewport({ ratio: 1 });
    await button.click();
  }

  /** Walks a tutorial to its end, choosing the first version if asked. */
  async finishTutorial() {
    // Wait until the tutorial has loaded: it opens on the version question or on its first step.
    await expect(this.page.locator('.version__choice, .step-progress__text').first()).toBeVisible();
    if (await this.page.locator('.version__choice').first().isVisible())
      await this.page.locator('.version__choice').first().click();
    await expect(this.progress()).toBeVisible();
    for (;;) {
      const [current, total] = ((await this.progress().textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
      await this.forward();
      if (current === undefined || total === undefined) throw new Error('no step progress shown');
      if (current >= total) break;
      await expect(this.progress()).not.toHaveText(new RegExp(`\\b${current}\\b.*\\b${total}\\b`));
    }
  }

  /** Opens an urgent card from the top bar ("calling me now", "I already paid") and waits for its steps. */
  async openUrgentCard(which: 'scam-now' | 'after-scam') {
    await this.page.locator(`.top-bar__${which}`).click();
    const card = this.page.getByRole('dialog');
    await expect(card.locator('.urgent__steps li').first()).toBeVisible();
    return card;
  }

  /** Chooses a text size (0 normal .. 3 largest) in the text and colours panel, as a visitor does. */
  async chooseTextSize(size: number) {
    await this.page.locator('.top-bar__display').click();
    await this.page.locator('.display__sizes .choice').nth(size).click();
    await this.page.locator('.display .modal__close').click();
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
  }

  /** "Start over" (or "Finish"), then "Yes" to the question that guards it: the visit really ends. */
  async endVisit(button = '.top-bar__start-over') {
    await this.page.locator(button).click();
    await expect(this.page.locator('.confirm-end')).toBeVisible();
    await this.page.locator('.confirm-end__end').click();
  }

  /** Presses a button the way a visitor can: only if it is on screen without scrolling. */
  async press(name: string) {
    const button = this.page.getByRole('button', { name, exact: true });
    await expect(button).toBeInViewport({ ratio: 1 });
    await button.click();
  }

  /** axe-core on the screen as it is now: zero violations, named in the failure if any. */
  async expectAccessible(screen: string) {
    const found = await axeViolations(this.page, { tags: AXE_TAGS });
    expect(found, `axe violations on the ${screen} screen`).toEqual([]);
  }

  /** Saves the screen for people to look at (SCREENS=1), once it has drawn what it asked the core for: test-results/screens/<locale>/<name>.png */
  async snapshot(locale: string, name: string) {
    await this.settled();
    await saveScreenshot(this.page, join('screens', locale), name);
  }

  /** No call to the core in flight, the fonts loaded, and a frame painted since: the last answer is on screen. */
  private async settled() {
    await expect.poll(() => this.inFlight.size, { message: 'calls to the core still in flight' }).toBe(0);
    await this.page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((painted) => requestAnimationFrame(painted));
    });
  }

  expectNoProblems() {
    expect(this.problems).toEqual([]);
  }
}
