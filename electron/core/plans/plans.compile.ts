import type { QuestionsFile } from '../content/questions-source.ts';
import type { ContentBundle } from '../content/content-loader.ts';
import type { RankableTutorial } from './plan-ranking.ts';

/** What ranking a plan reads, kept at import: the questions' points and only the tutorial facts that rank. */
export interface PlanData {
  questions: QuestionsFile;
  tutorials: RankableTutorial[];
}

export function compilePlanData(bundle: Pick<ContentBundle, 'questions' | 'tutorials'>): PlanData {
  return {
    questions: bundle.questions,
    tutorials: bundle.tutorials.map((t) => ({
      id: t.id,
      order: t.order,
      appliesTo: { platform: t.appliesTo.platform },
      variants: t.variants.map((v) => ({ id: v.id, platform: v.platform, ...(v.device && { device: v.device }) })),
    })),
  };
}
