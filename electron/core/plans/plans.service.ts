import type { CallResponse } from '../../../shared/api.ts';
import type { LocalizedText } from '../content/source-text.ts';
import { KioskError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Answers } from '../../../shared/questions-schema.ts';
import type { Region } from '../../../shared/regions.ts';
import type { PlanData } from './plans.compile.ts';
import type { VisitsService } from '../visits/visits.service.ts';
import { chosenOptions } from './plan-answers.ts';
import { rankPlan } from './plan-ranking.ts';

const say = (text: LocalizedText, locale: Locale) => text[locale] ?? text.en;

/** `region` is the kiosk's, from its settings: some plan rules depend on where the centre is. */
export function createPlansService(deps: {
  planData: () => PlanData | undefined;
  region: () => Region;
  visits: VisitsService;
  warn: (m: string) => void;
}) {
  const data = (): PlanData => {
    const d = deps.planData();
    if (!d) throw new KioskError('not_found', 'No questions are loaded.');
    return d;
  };
  return {
    questions(locale: Locale): CallResponse<'getQuestions'> {
      const { questions } = data();
      return {
        locale,
        questions: questions.questions.map((q) => ({
          id: q.id,
          kind: q.kind,
          title: say(q.title, locale),
          ...(q.help && { help: say(q.help, locale) }),
          options: q.options.map((o) => ({
            id: o.id,
            icon: o.icon,
            label: say(o.label, locale),
            ...(o.because && { because: say(o.because, locale) }),
            ...(o.platform && { platform: o.platform }),
            ...(o.platforms && { platforms: o.platforms }),
            ...(o.exclusive && { exclusive: true }),
            ...(o.findOut && { findOut: o.findOut }),
          })),
        })),
        // Content compiled by an older version of the app (kept when newer content is broken) has none.
        ...(questions.baselineBecause && { baselineBecause: say(questions.baselineBecause, locale) }),
      };
    },
    /** Ranks the plan; with a visit, logs each answer (ids from a closed set, never free text). */
    make(locale: Locale, answers: Answers, visitId?: string): CallResponse<'makePlan'> {
      const { questions, tutorials } = data();
      const plan = rankPlan(questions, tutorials, answers, locale, deps.region());
      if (visitId !== undefined) {
        try {
          deps.visits.recordAnswers(
            visitId,
            chosenOptions(questions, answers).map((o) => o.id),
            locale,
          );
        } catch (error) {
          deps.warn(`SafeCall: answers not recorded: ${(error as Error).message}`);
        }
      }
      return plan;
    },
  };
}
export type PlansService = ReturnType<typeof createPlansService>;
