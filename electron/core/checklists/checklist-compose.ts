import type {
  ChecklistItem,
  ChecklistText,
  ChecklistView,
  SavedPlan,
  ChecklistSheetRequest,
} from '../../../shared/checklist-schema.ts';
import type { Topic, TutorialView } from '../../../shared/content-schema.ts';
import { KioskError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { KioskSettings } from '../../../shared/settings-schema.ts';
import type { SafetyAdviceView } from '../../../shared/safety-schema.ts';
import type { PrintData } from './checklists.compile.ts';
import { phoneWordIds } from '../../../shared/phone-words.ts';

export interface ComposeDeps {
  settings: Pick<KioskSettings, 'centreName' | 'region' | 'paperSize'>;
  /** undefined when the tutorial is no longer in the content (a saved plan can outlive one). */
  tutorial: (id: string, locale: Locale) => TutorialView | undefined;
  /** Tutorial ids of a topic, in the library's order. */
  topicTutorials: (topic: Topic) => string[];
  /** Throws not_found when no advice is loaded (safety.service.ts). */
  safety: (locale: Locale) => SafetyAdviceView;
  print: PrintData;
  savedPlan: (code: string) => SavedPlan | undefined;
  today: string;
}

function itemsFor(ids: string[], locale: Locale, deps: ComposeDeps): ChecklistItem[] {
  return ids.flatMap((id) => {
    const t = deps.tutorial(id, locale);
    if (!t) return [];
    // phone-language: the words the path names go with it, so the sheet prints them by the one rule.
    const named = phoneWordIds(t.checklist.path).flatMap((w) => {
      const word = t.words[w];
      return word ? [[w, word] as const] : [];
    });
    return [
      {
        tutorialId: id,
        title: t.title,
        item: t.checklist.item,
        path: t.checklist.path,
        ...(named.length > 0 && { words: Object.fromEntries(named) }),
      },
    ];
  });
}

function printedHotlines(advice: SafetyAdviceView, ids: string[] | undefined) {
  return ids ? ids.flatMap((id) => advice.hotlines.filter((h) => h.id === id)) : advice.hotlines;
}

function textFor(
  locale: Locale,
  done: string[],
  todo: string[],
  practised: string[],
  deps: ComposeDeps,
): ChecklistText {
  const advice = deps.safety(locale);
  const pick = <T extends { id: string }>(all: T[], ids: string[]) =>
    ids.flatMap((id) => all.filter((x) => x.id === id));
  return {
    locale,
    done: itemsFor(done, locale, deps),
    todo: itemsFor(todo, locale, deps),
    // A practice call no longer in the content (a saved plan can outlive one) is left out.
    practised: practised.flatMap((id) =>
      advice.rehearsals.filter((r) => r.id === id).map((r) => ({ id, text: r.checklistLine })),
    ),
    redFlags: pick(advice.redFlags, deps.print.redFlags),
    ifCalled: pick(advice.scamNow.steps, deps.print.ifCalled),
    hotlines: printedHotlines(advice, deps.print.hotlines[deps.settings.region]),
    qr: deps.print.qr[deps.settings.region].map((q) => ({ url: q.url, label: q.label[locale] ?? q.label.en })),
  };
}

/**
 * The printed sheet, composed from the saved plan (or a topic, for a handout), the red flags, the
 * region's hotlines and the centre's settings, in one or two languages. The renderer only lays it out.
 */
export function composeSheet(sheet: ChecklistSheetRequest, deps: ComposeDeps): ChecklistView {
  let done: string[];
  let todo: string[];
  let practised: string[] = [];
  if (sheet.kind === 'personal') {
    const plan = deps.savedPlan(sheet.code);
    if (!plan)
      throw new KioskError('not_found', 'No checklist has that code. Check the numbers; codes are kept for 180 days.');
    // Finished first, in the order finished (browsed tutorials included); then the rest of the plan.
    done = plan.completed;
    todo = plan.actions.map((a) => a.tutorialId).filter((id) => !done.includes(id));
    practised = plan.practised ?? [];
  } else {
    done = [];
    todo = deps.topicTutorials(sheet.topic);
  }
  const locales = sheet.second && sheet.second !== sheet.lang ? [sheet.lang, sheet.second] : [sheet.lang];
  return {
    kind: sheet.kind,
    ...(sheet.kind === 'personal' ? { code: sheet.code } : { topic: sheet.topic }),
    centreName: deps.settings.centreName,
    region: deps.settings.region,
    paperSize: deps.settings.paperSize,
    date: deps.today,
    texts: locales.map((l) => textFor(l, done, todo, practised, deps)),
    // phone-language
    ...(sheet.phone !== undefined && sheet.phone !== 'unknown' && { phone: sheet.phone }),
  };
}
