import { LOCALES, LOCALE_INFO } from '../../shared/locales.ts';

/**
 * One simulated visit of the soak (tests/bench/soak.ts): what the visitor does, chosen from the visit's
 * number so that 2,000 visits pass through every language, every kind of answer, guide, version, overlay
 * and way of ending, and a run can be repeated exactly.
 */
export interface VisitPlan {
  /** The reading language's `lang` on its button (LOCALE_INFO.htmlLang). */
  lang: string;
  /** "Your phone's menus are in…": the first choice (the reading language), another one, or "I don't know". */
  phone: 'same' | 'other' | 'unknown';
  /** Turns every choice (answer, guide, version) by the visit's number. */
  pick: number;
  /** Steps walked forward in the guide (the guide may end sooner: back on the plan). */
  steps: number;
  /** Something else on the way: a dialog opened and closed, or the language changed halfway. */
  extra: 'help' | 'scamNow' | 'afterScam' | 'display' | 'language' | null;
  /** The language changed to, for extra 'language'. */
  switchTo: string;
  /** The guide walked to its end, then the plan's Finish, the done screen and the checklist with its preview. */
  checklist: boolean;
  /** On the checklist: a second language for the family. */
  secondLanguage: boolean;
  /**
   * How it ends: Start over (and "Yes, end"), Finish on the done screen, or walked away from: the idle
   * warning runs out (driven by the page clock) and the visit is continued from the lobby, left to its
   * minute, or ended by the next visitor's touch.
   */
  end: 'startOver' | 'finish' | 'idle-continue' | 'idle-expire' | 'idle-next';
}

const lang = (n: number) => LOCALE_INFO[LOCALES[((n % LOCALES.length) + LOCALES.length) % LOCALES.length]!].htmlLang;

/** Visit `n` (from 0). `last` (before a checkpoint): it ends with Start over, so no visit is parked at the measure. */
export function planVisit(n: number, last: boolean): VisitPlan {
  const extras = ['help', 'scamNow', 'afterScam', 'display', 'language'] as const;
  // About one visit in eleven walks away, one in nine finishes, one in nine prints: the slow visits (a
  // guide walked to its end, the page clock run out); a day's visits are mostly short. Periods prime to
  // the eight languages, so every kind of visit comes in every language (within 8 x 11 visits).
  const idle = (['idle-continue', 'idle-expire', 'idle-next'] as const)[Math.floor(n / 11) % 3]!;
  const end: VisitPlan['end'] = last ? 'startOver' : n % 11 === 5 ? idle : n % 9 === 6 ? 'finish' : 'startOver';
  return {
    lang: lang(n),
    phone: n % 5 === 0 ? 'unknown' : n % 5 === 3 ? 'other' : 'same',
    pick: n,
    steps: 1 + (n % 3),
    extra: n % 3 === 0 ? (extras[(n / 3) % extras.length] ?? null) : null,
    switchTo: lang(n + 3),
    checklist: n % 9 === 2,
    secondLanguage: Math.floor(n / 9) % 2 === 1,
    end,
  };
}

/** Where a visit driven in the page stopped: back at the lobby, or left on a screen for the idle timer. */
export type VisitOutcome = { at: 'attract' } | { at: 'left'; screen: string };

/**
 * What the page does for the soak: a visit; a wait for a screen (`selector` there, or gone); or
 * "Continue" on the lobby for the visit that timed out, then Start over.
 */
export type PageTask =
  { kind: 'visit'; plan: VisitPlan } | { kind: 'wait'; selector: string; gone?: boolean } | { kind: 'continue' };

/**
 * Does one task inside the page, as taps: a pointerdown (the idle timer's "someone is here") and a
 * click on the button, then waits for the screen the tap leads to by watching the DOM (no fixed waits,
 * no polling per frame: a visit takes as long as the page takes). Only plain values come back, never an
 * element: Playwright's locators and handles keep the last element they touched alive, which a DOM
 * node count would take for a leak. Self-contained, because Playwright sends its source into the page.
 * Throws, naming the screen, if something does not come within `limitMs`.
 */
export async function inPage({ task, limitMs }: { task: PageTask; limitMs: number }): Promise<VisitOutcome> {
  const $ = <E extends Element = HTMLElement>(selector: string) => document.querySelector<E>(selector);
  const $$ = <E extends Element = HTMLElement>(selector: string) => [...document.querySelectorAll<E>(selector)];
  const where = () => {
    const main = $('main');
    return `${main?.className ?? 'no main'} "${(main?.textContent ?? '').slice(0, 80)}"`;
  };
  const waitFor = <T>(find: () => T | null | undefined | false, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const now = find();
      if (now) return resolve(now);
      const observer = new MutationObserver(() => {
        const hit = find();
        if (!hit) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(hit);
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`waited ${limitMs} ms for ${what}; the page shows ${where()}`));
      }, limitMs);
    });
  const tap = (element: HTMLElement) => {
    // Where a finger would land: the button's middle (at 0,0 a run of taps is staff's hidden corner).
    const box = element.getBoundingClientRect();
    const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, ...at }));
    element.click();
  };
  const enabled = (selector: string) => () => $$<HTMLButtonElement>(selector).filter((b) => !b.disabled);
  const some = <T>(list: T[]) => (list.length > 0 ? list : null);
  const nth = <T>(list: T[], i: number) => list[i % list.length]!;
  const tapAndWait = async (selector: string, then: string, i = 0) => {
    tap(nth(await waitFor(() => some(enabled(selector)()), selector), i));
    await waitFor(() => $(then), then);
  };
  const closeDialog = async () => {
    tap(await waitFor(() => $('dialog[open] .modal__close'), 'a dialog to close'));
    await waitFor(() => !$('dialog[open]'), 'the dialog to close');
  };
  const startOver = async () => {
    await tapAndWait('.top-bar__start-over', '.confirm-end__end');
    await tapAndWait('.confirm-end__end', '.attract__surface');
  };

  if (task.kind === 'wait') {
    const { selector, gone } = task;
    await waitFor(() => (gone ? !$(selector) : $(selector)), gone ? `${selector} to go` : selector);
    return { at: 'left', screen: where() };
  }
  if (task.kind === 'continue') {
    await tapAndWait('.attract__continue', '.top-bar__start-over');
    await startOver();
    return { at: 'attract' };
  }
  const { plan } = task;
  await tapAndWait('.attract__surface', `.language__choice[lang="${plan.lang}"]:not([disabled])`);
  await tapAndWait(`.language__choice[lang="${plan.lang}"]`, '.phone-language:not(.phone-language--overlay)');
  const phone =
    plan.phone === 'unknown'
      ? '.phone-language__dont-know'
      : '.phone-language:not(.phone-language--overlay) .language__choice';
  await tapAndWait(phone, '.question', plan.phone === 'other' ? 1 + (plan.pick % 3) : 0);

  // The questions, until the plan: one answer each (Next on a question that takes several).
  for (let q = 0; !$('.plan-item'); q++) {
    if (q > 20) throw new Error(`still asking after 20 answers; the page shows ${where()}`);
    const before = $('main')?.textContent;
    if ($('.find-phone')) {
      tap(nth([...$$('.find-phone__choice'), ...$$('.find-phone__unsure')], plan.pick + q));
    } else {
      const answers = $$('.question .answer');
      if (answers.length === 0) throw new Error(`a question with no answers; the page shows ${where()}`);
      tap(nth(answers, plan.pick + q));
      const next = $<HTMLButtonElement>('.question .step-nav__next');
      if (next) tap(await waitFor(() => !next.disabled && next, 'Next on a question'));
    }
    await waitFor(() => $('.plan-item') || ($('main')?.textContent !== before && $('.question')), 'the next question');
  }

  const open = async () => {
    await tapAndWait('.plan-item__start', '.version__choice, .step__text', plan.pick);
    if ($('.version__choice')) {
      const unsure = plan.pick % 7 === 0 && $('.version__unsure');
      if (unsure) tap(unsure);
      else tap(nth($$('.version__choice'), plan.pick));
      await waitFor(() => $('.step__text'), 'the first step');
    }
  };
  const forward = async () => {
    const before = $('.step-progress__text')?.textContent;
    tap(await waitFor(() => $('.step-nav__next'), 'Next on a step'));
    await waitFor(
      () => $('.plan-item') || ($('.step__text') && $('.step-progress__text')?.textContent !== before),
      'the next step',
    );
  };
  await open();

  if (plan.extra === 'language') {
    await tapAndWait('.top-bar__language', `dialog[open] .language__choice[lang="${plan.switchTo}"]`);
    await tapAndWait(`dialog[open] .language__choice[lang="${plan.switchTo}"]`, `html[lang="${plan.switchTo}"]`);
    await waitFor(() => !$('dialog[open]'), 'the language picker to close');
  } else if (plan.extra === 'display') {
    await tapAndWait('.top-bar__display', 'dialog[open] .display__sizes .choice');
    tap(nth($$('dialog[open] .display__sizes .choice'), plan.pick));
    tap(nth($$('dialog[open] .choice--theme'), plan.pick));
    await closeDialog();
  } else if (plan.extra) {
    const button = { help: '.top-bar__help', scamNow: '.top-bar__scam-now', afterScam: '.top-bar__after-scam' }[
      plan.extra
    ];
    // The urgent cards read their steps from the core: closed once they are drawn.
    await tapAndWait(button, plan.extra === 'help' ? 'dialog[open] .modal__close' : 'dialog[open] .urgent__steps li');
    await closeDialog();
  }

  for (let s = 0; s < plan.steps && !$('.plan-item'); s++) await forward();

  // To the checklist or the done screen, the guide is walked to its end: "I did it" returns to the plan.
  if (plan.checklist || plan.end === 'finish') {
    for (let s = 0; !$('.plan-item'); s++) {
      if (s > 40) throw new Error(`a guide of more than 40 steps; the page shows ${where()}`);
      await forward();
    }
  }
  if (plan.checklist) {
    await tapAndWait('.plan__finish', '.done__checklist');
    await tapAndWait('.done__checklist', '.checklist-preview__pages, .checklist__problem');
    if (plan.secondLanguage) {
      const sheet = $('.checklist-preview__pages')?.closest('section')?.textContent;
      tap(nth($$('.second-language .choice'), 1 + (plan.pick % 3)));
      await waitFor(
        () => $('.checklist-preview__pages') && $('.checklist-preview')?.textContent !== sheet,
        'the preview in two languages',
      );
    }
  }

  switch (plan.end) {
    case 'startOver':
      await startOver();
      return { at: 'attract' };
    case 'finish':
      await tapAndWait('.plan__finish', '.done__finish');
      await tapAndWait('.done__finish', '.confirm-end__end');
      await tapAndWait('.confirm-end__end', '.attract__surface');
      return { at: 'attract' };
    case 'idle-continue':
    case 'idle-expire':
    case 'idle-next':
      // The page clock, driven from outside the page, does the rest (soak.ts).
      return { at: 'left', screen: where() };
  }
}
