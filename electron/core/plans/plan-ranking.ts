import { KioskError } from '../../../shared/errors.ts';
import type { Answers, Plan, PlanRule, QuestionsFile } from '../../../shared/questions-schema.ts';
import type { TutorialSource } from '../../../shared/content-schema.ts';

/** What ranking needs of a tutorial: kept small, stored with the compiled content. */
export type RankableTutorial = Pick<TutorialSource, 'id' | 'order'> & { appliesTo: Pick<TutorialSource['appliesTo'], 'platform'>; variants: Array<Pick<TutorialSource['variants'][number], 'id' | 'platform' | 'device'>> };
import type { Locale } from '../../../shared/locales.ts';
import type { Region } from '../../../shared/regions.ts';

export const PLAN_MIN = 3;
export const PLAN_MAX = 5;

type Option = QuestionsFile['questions'][number]['options'][number];

/** Every answer must name a known question and options of it; a single-choice question takes one. */
export function chosenOptions(questions: QuestionsFile, answers: Answers): Option[] {
  const chosen: Option[] = [];
  const issues: Array<{ path: string; message: string }> = [];
  for (const [questionId, optionIds] of Object.entries(answers)) {
    const question = questions.questions.find((q) => q.id === questionId);
    if (!question) {
      issues.push({ path: `answers.${questionId}`, message: 'no such question' });
      continue;
    }
    if (question.kind === 'single' && optionIds.length !== 1) issues.push({ path: `answers.${questionId}`, message: 'takes exactly one answer' });
    for (const optionId of new Set(optionIds)) {
      const option = question.options.find((o) => o.id === optionId);
      if (option) chosen.push(option);
      else issues.push({ path: `answers.${questionId}`, message: `no answer "${optionId}" to this question` });
    }
  }
  if (issues.length > 0) throw new KioskError('invalid_request', 'The answers do not match the questions.', issues);
  return chosen;
}

/** The variant that fits the visitor's phone: the one for their device, else the one for their platform. */
function variantFor(tutorial: RankableTutorial, platform: Plan['platform'], device: Option['device']): string | undefined {
  const byDevice = device ? tutorial.variants.filter((v) => v.device === device) : [];
  if (byDevice.length === 1) return byDevice[0]?.id;
  const byPlatform = platform === 'any' ? [] : tutorial.variants.filter((v) => v.platform === platform);
  return byPlatform.length === 1 ? byPlatform[0]?.id : undefined;
}

/** A rule applies when every condition it names holds; a condition it leaves out always holds. */
function ruleApplies({ when }: PlanRule, chosen: ReadonlySet<string>, platform: Plan['platform'], region: Region): boolean {
  return (when.platform === undefined || when.platform === platform) && (when.answers ?? []).every((id) => chosen.has(id)) && (when.regions === undefined || when.regions.includes(region));
}

/**
 * The points model: every tutorial starts at its baseline, each answer adds its weights, then each
 * rule that applies adds its own, tutorials that do not fit the phone are left out, and the 3 to 5
 * highest make the plan (ties follow the tutorials' own order). Pure: the same answers in the same
 * region always give the same plan.
 */
export function rankPlan(questions: QuestionsFile, tutorials: RankableTutorial[], answers: Answers, locale: Locale, region: Region): Plan {
  const chosen = chosenOptions(questions, answers);
  const phone = chosen.find((o) => o.platform !== undefined);
  const platform = phone?.platform ?? 'any';
  const fits = (t: RankableTutorial) => platform === 'any' || t.appliesTo.platform === 'any' || t.appliesTo.platform === platform;

  const score = new Map<string, number>(Object.entries(questions.baseline));
  const add = (weights: Record<string, number>) => {
    for (const [id, points] of Object.entries(weights)) score.set(id, (score.get(id) ?? 0) + points);
  };
  for (const option of chosen) add(option.weights);
  // Rules weigh what no single answer can: answers together, the phone's platform, the centre's
  // region (a scam that is common in one country may be rare elsewhere). Content compiled by an
  // older version of the app, kept when newer content is broken, has no rules.
  const chosenIds = new Set(chosen.map((o) => o.id));
  for (const rule of questions.rules ?? []) if (ruleApplies(rule, chosenIds, platform, region)) add(rule.weights);
  const candidates = tutorials.filter(fits).sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) || a.order - b.order || a.id.localeCompare(b.id));
  const positive = candidates.filter((t) => (score.get(t.id) ?? 0) > 0);
  const picked = (positive.length >= PLAN_MIN ? positive : candidates).slice(0, PLAN_MAX);
  return {
    locale,
    platform,
    actions: picked.map((t) => {
      const variantId = variantFor(t, platform, phone?.device);
      return variantId ? { tutorialId: t.id, variantId } : { tutorialId: t.id };
    }),
  };
}

