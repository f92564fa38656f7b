import type { ChecklistView, SavedPlan, ChecklistSheetRequest } from '../../../shared/checklist-schema.ts';
import type { Topic, TutorialView } from '../../../shared/content-schema.ts';
import { KioskError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { KioskSettings } from '../../../shared/settings-schema.ts';
import type { SafetyAdviceView } from '../../../shared/safety-schema.ts';
import { composeSheet } from './checklist-compose.ts';
import { daysBefore, localDay } from './local-day.ts';
import type { PrintData } from './checklists.compile.ts';
import { createCodeAttempts } from './code-attempts.ts';
import { newResumeCode } from './resume-code.ts';
import type { SavedPlansRepository } from './saved-plans.repository.ts';

/** How long a resume code keeps working: long enough to come back next season, short enough to forget. */
export const SAVED_PLAN_DAYS = 180;

export interface ChecklistsService {
  save(plan: SavedPlan): { code: string };
  open(code: string): SavedPlan;
  compose(sheet: ChecklistSheetRequest): ChecklistView;
  /** Forgets plans older than the retention period. */
  purge(): number;
  /** Code look-ups refused because too many unknown codes were tried (since start). */
  throttledAttempts(): number;
}

export interface ChecklistsDeps {
  repo: SavedPlansRepository;
  settings: () => KioskSettings;
  tutorial: (id: string, locale: Locale) => TutorialView | undefined;
  topicTutorials: (topic: Topic) => string[];
  safety: (locale: Locale) => SafetyAdviceView;
  print: () => PrintData | undefined;
  now: () => Date;
  newCode?: () => string;
  warn?: (message: string) => void;
}

export function createChecklistsService(deps: ChecklistsDeps): ChecklistsService {
  const newCode = deps.newCode ?? (() => newResumeCode());
  const exists = (id: string) => deps.tutorial(id, 'en') !== undefined;
  const purge = () => deps.repo.deleteBefore(daysBefore(deps.now(), SAVED_PLAN_DAYS));
  // A saved plan holds content ids only (the table's promise): a variant must be one of its tutorial's,
  // not any slug-shaped text, which would also be stored, printed back, and fail to open on resume.
  const unknownVariant = (plan: SavedPlan): KioskError | undefined => {
    for (const [index, action] of plan.actions.entries()) {
      if (action.variantId === undefined) continue;
      const variants = deps.tutorial(action.tutorialId, 'en')?.variants.map((v) => v.id) ?? [];
      if (!variants.includes(action.variantId)) {
        const message = `"${action.tutorialId}" has no variant "${action.variantId}".`;
        return new KioskError('invalid_request', `The request for saveChecklist is not valid: ${message}`, [
          { path: `actions.${index}.variantId`, message },
        ]);
      }
    }
    return undefined;
  };
  const notFound = () =>
    new KioskError('not_found', 'No checklist has that code. Check the numbers; codes are kept for 180 days.');
  // Every look-up of a code passes here, whichever call asked: unknown codes are rate-limited (M3).
  const attempts = createCodeAttempts({ now: () => deps.now().getTime(), warn: deps.warn });
  const lookUp = (code: string): SavedPlan | undefined => {
    attempts.check();
    const plan = deps.repo.get(code);
    if (!plan) attempts.miss();
    return plan;
  };

  return {
    save: (plan) => {
      const unknown = [...plan.actions.map((a) => a.tutorialId), ...plan.completed].filter((id) => !exists(id));
      if (unknown.length > 0) throw new KioskError('not_found', `There is no tutorial "${unknown[0]}".`);
      const badVariant = unknownVariant(plan);
      if (badVariant) throw badVariant;
      // Practice calls (issue 20): only the centre's own, each once.
      if (plan.practised?.length) {
        const offered = new Set(deps.safety('en').rehearsals.map((r) => r.id));
        const notOffered = plan.practised.find((id) => !offered.has(id));
        if (notOffered !== undefined) throw new KioskError('not_found', `There is no practice call "${notOffered}".`);
        plan = { ...plan, practised: [...new Set(plan.practised)] };
      }
      purge();
      const day = localDay(deps.now());
      // 10^8 codes and a few thousand live ones: a clash is rare, and a clash only means draw again.
      for (let attempt = 0; attempt < 20; attempt++) {
        const code = newCode();
        if (deps.repo.insert(code, plan, day)) return { code };
      }
      throw new KioskError('internal', 'Could not find a free checklist code.');
    },
    open: (code) => {
      const plan = lookUp(code);
      if (!plan) throw notFound();
      return plan;
    },
    compose: (sheet) => {
      const print = deps.print();
      if (!print) throw new KioskError('not_found', 'No checklist content is loaded.');
      return composeSheet(sheet, {
        settings: deps.settings(),
        tutorial: deps.tutorial,
        topicTutorials: deps.topicTutorials,
        safety: deps.safety,
        print,
        savedPlan: lookUp,
        today: localDay(deps.now()),
      });
    },
    purge,
    throttledAttempts: () => attempts.throttled(),
  };
}
