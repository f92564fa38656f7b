import type { ChecklistView, SavedPlan, SheetRequest } from '../../../shared/checklist-schema.ts';
import type { Topic, TutorialView } from '../../../shared/content-schema.ts';
import { KioskError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { KioskSettings } from '../../../shared/settings-schema.ts';
import type { SafetyAdviceView } from '../../../shared/safety-schema.ts';
import { composeSheet } from './checklist-compose.ts';
import { daysBefore, localDay } from './local-day.ts';
import type { PrintData } from './print-data.ts';
import { newResumeCode } from './resume-code.ts';
import type { SavedPlansRepository } from './saved-plans.repository.ts';

/** How long a resume code keeps working: long enough to come back next season, short enough to forget. */
export const SAVED_PLAN_DAYS = 180;

export interface ChecklistsService {
  save(plan: SavedPlan): { code: string };
  open(code: string): SavedPlan;
  compose(sheet: SheetRequest): ChecklistView;
  /** Forgets plans older than the retention period. */
  purge(): number;
}

export interface ChecklistsDeps {
  repo: SavedPlansRepository;
  settings: () => KioskSettings;
  tutorial: (id: string, locale: Locale) => TutorialView | undefined;
  topicTutorials: (topic: Topic) => string[];
  safety: (locale: Locale) => SafetyAdviceView | undefined;
  print: () => PrintData | undefined;
  now: () => Date;
  newCode?: () => string;
}

export function createChecklistsService(deps: ChecklistsDeps): ChecklistsService {
  const newCode = deps.newCode ?? (() => newResumeCode());
  const exists = (id: string) => deps.tutorial(id, 'en') !== undefined;
  const purge = () => deps.repo.deleteBefore(daysBefore(deps.now(), SAVED_PLAN_DAYS));
  const notFound = () => new KioskError('not_found', 'No checklist has that code. Check the numbers; codes are kept for 180 days.');

  return {
    save: (plan) => {
      const unknown = [...plan.actions.map((a) => a.tutorialId), ...plan.completed].filter((id) => !exists(id));
      if (unknown.length > 0) throw new KioskError('not_found', `There is no tutorial "${unknown[0]}".`);
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
      const plan = deps.repo.get(code);
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
        savedPlan: (code) => deps.repo.get(code),
        today: localDay(deps.now()),
      });
    },
    purge,
  };
}
