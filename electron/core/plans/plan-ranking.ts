import type { Answers, Plan, PlanReason } from '../../../shared/questions-schema.ts';
import type { PlanRule, QuestionsFile } from '../content/questions-source.ts';
import { BASELINE_REASON } from '../../../shared/questions-schema.ts';
import type { TutorialSource } from '../content/tutorial-source.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Region } from '../../../shared/regions.ts';
import { chosenAnswers, type ChosenOption, type Option, type Platform } from './plan-answers.ts';

/** What ranking needs of a tutorial: kept small, stored with the compiled content. */
export type RankableTutorial = Pick<TutorialSource, 'id' | 'order'> & {
  appliesTo: Pick<TutorialSource['appliesTo'], 'platform'>;
  variants: Array<Pick<TutorialSource['variants'][number], 'id' | 'platform' | 'device'>>;
};

export const PLAN_MIN = 3;
export const PLAN_MAX = 5;
/**
 * The coverage pass (below) never replaces the first two items: the first is "do this first" (a
 * region's rule may have put it there on purpose, as Indonesia's APK guide), the second is where a
 * past screen share's "what to do after" guide stands when a rule took the first. With at most three
 * apps to cover and five places, the bottom three are always enough, so this costs nothing.
 */
const KEEP_TOP = 2;

/** The variant that fits the visitor's phone: the one for their device, else the one for their platform. */
function variantFor(tutorial: RankableTutorial, platform: Platform, device: Option['device']): string | undefined {
  const byDevice = device ? tutorial.variants.filter((v) => v.device === device) : [];
  if (byDevice.length === 1) return byDevice[0]?.id;
  const byPlatform = platform === 'any' ? [] : tutorial.variants.filter((v) => v.platform === platform);
  return byPlatform.length === 1 ? byPlatform[0]?.id : undefined;
}

/** A rule applies when every condition it names holds; a condition it leaves out always holds. */
function ruleApplies({ when }: PlanRule, chosen: ReadonlySet<string>, platform: Platform, region: Region): boolean {
  return (
    (when.platform === undefined || when.platform === platform) &&
    (when.answers ?? []).every((id) => chosen.has(id)) &&
    (when.regions === undefined || when.regions.includes(region))
  );
}

/**
 * Points per tutorial, and who gave them (an answer, or the baseline), so the plan can say why each
 * item is there. A rule's points count as its first named answer's ("because you said you use
 * WhatsApp"), else as the phone answer's when it names a platform, else as the baseline's.
 */
function score(
  questions: QuestionsFile,
  chosen: ChosenOption[],
  platform: Platform,
  phone: Option | undefined,
  region: Region,
) {
  const total = new Map<string, number>();
  const credit = new Map<string, Map<string, number>>();
  const add = (source: string, weights: Record<string, number>) => {
    for (const [id, points] of Object.entries(weights)) {
      total.set(id, (total.get(id) ?? 0) + points);
      const sources = credit.get(id) ?? new Map<string, number>();
      sources.set(source, (sources.get(source) ?? 0) + points);
      credit.set(id, sources);
    }
  };
  add(BASELINE_REASON, questions.baseline);
  for (const { option } of chosen) add(option.id, option.weights);
  // Rules weigh what no single answer can: answers together, the phone's platform, the centre's
  // region (a scam that is common in one country may be rare elsewhere). Content compiled by an
  // older version of the app, kept when newer content is broken, has no rules.
  const chosenIds = new Set(chosen.map((c) => c.option.id));
  for (const rule of questions.rules ?? []) {
    if (!ruleApplies(rule, chosenIds, platform, region)) continue;
    add(rule.when.answers?.[0] ?? (rule.when.platform && phone ? phone.id : BASELINE_REASON), rule.weights);
  }
  return { total: (id: string) => total.get(id) ?? 0, credit };
}

/** The source that gave a tutorial the most points; a tie goes to the later question's answer (what happened to the visitor says more than which phone they have), then to an answer over the baseline. */
function reasonFor(sources: Map<string, number> | undefined, ranks: ReadonlyMap<string, number>): PlanReason {
  let best: { id: string; points: number; rank: number } | undefined;
  for (const [id, points] of sources ?? []) {
    const rank = ranks.get(id) ?? -1;
    if (points > 0 && (!best || points > best.points || (points === best.points && rank > best.rank)))
      best = { id, points, rank };
  }
  return best?.id ?? BASELINE_REASON;
}

/**
 * The coverage pass: every chosen answer marked `ensureGuide` (each app the visitor uses) gets at least
 * one of the tutorials it weighs up, when one fits the phone. A missing one takes a free place, else
 * the lowest item that is neither in the top two nor another app's only guide. Apps already covered
 * are settled first, so covering one app never uncovers another.
 */
function cover(
  picked: RankableTutorial[],
  candidates: RankableTutorial[],
  chosen: ChosenOption[],
  order: (a: RankableTutorial, b: RankableTutorial) => number,
): RankableTutorial[] {
  const plan = [...picked];
  const kept = new Set<string>();
  const missing: RankableTutorial[] = [];
  for (const { option } of [...chosen].sort((a, b) => a.rank - b.rank)) {
    if (!option.ensureGuide) continue;
    const own = candidates.filter((t) => (option.weights[t.id] ?? 0) > 0);
    const present = own.find((t) => plan.includes(t));
    if (present) kept.add(present.id);
    else if (own[0]) missing.push(own[0]);
  }
  for (const guide of missing) {
    if (plan.length < PLAN_MAX) plan.push(guide);
    else {
      const victim = plan.findLastIndex((t, i) => i >= KEEP_TOP && !kept.has(t.id));
      if (victim < 0) continue;
      plan[victim] = guide;
    }
    kept.add(guide.id);
  }
  return plan.sort(order);
}

/**
 * The points model: every tutorial starts at its baseline, each answer adds its weights, then each
 * rule that applies adds its own; tutorials that do not fit the phone are left out (after "Not sure",
 * every guide for one platform: only guides for any phone), the 3 to 5 highest make the plan (ties
 * follow the tutorials' own order), and the coverage pass makes room for each chosen app. Each item
 * says why it is there. Pure: the same answers in the same region always give the same plan.
 */
export function rankPlan(
  questions: QuestionsFile,
  tutorials: RankableTutorial[],
  answers: Answers,
  locale: Locale,
  region: Region,
): Plan {
  const { chosen, platform, phone } = chosenAnswers(questions, answers);
  const fits = (t: RankableTutorial) => t.appliesTo.platform === 'any' || t.appliesTo.platform === platform;
  const { total, credit } = score(questions, chosen, platform, phone, region);

  const order = (a: RankableTutorial, b: RankableTutorial) =>
    total(b.id) - total(a.id) || a.order - b.order || a.id.localeCompare(b.id);
  const candidates = tutorials.filter(fits).sort(order);
  // A plan shorter than 3 is filled from what the baseline names with no points (meant for everyone,
  // yet only to fill), then from the rest: never from another platform's guides (filtered above).
  const picked = candidates.filter((t) => total(t.id) > 0).slice(0, PLAN_MAX);
  const fillers = candidates
    .filter((t) => !picked.includes(t))
    .sort((a, b) => Number(b.id in questions.baseline) - Number(a.id in questions.baseline) || order(a, b));
  picked.push(...fillers.slice(0, Math.max(0, PLAN_MIN - picked.length)));
  const plan = cover(picked, candidates, chosen, order);
  const ranks = new Map(chosen.map((c) => [c.option.id, c.rank]));
  return {
    locale,
    platform,
    actions: plan.map((t) => {
      const variantId = variantFor(t, platform, phone?.device);
      const reason = reasonFor(credit.get(t.id), ranks);
      return variantId ? { tutorialId: t.id, variantId, reason } : { tutorialId: t.id, reason };
    }),
  };
}
