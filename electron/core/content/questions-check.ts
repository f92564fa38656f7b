import { BASELINE_REASON } from '../../../shared/questions-schema.ts';
import type { ContentFiles, ContentProblem } from './content-files.ts';

type Questions = ContentFiles['questions'];

/**
 * The answers' own promises hold: each answer that can bring a plan item says why ("because you
 * said …"), "None of these" is exclusive only where several answers are allowed, an answer hidden
 * for some phones comes after the phone question, "Not sure" finds out between real phone answers,
 * and an app that promises a guide has guides to give.
 */
export function checkQuestionChoices({ file, data }: Questions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const phoneIndex = data.questions.findIndex((q) => q.options.some((o) => o.platform !== undefined));
  // The answers a rule's points are counted as (plan-ranking.ts): its first named answer, else
  // the phone answers of its platform.
  const credited = new Set<string>();
  for (const { when } of data.rules ?? []) {
    if (when.answers?.[0]) credited.add(when.answers[0]);
    else if (when.platform) data.questions[phoneIndex]?.options.filter((o) => o.platform === when.platform).forEach((o) => credited.add(o.id));
  }
  data.questions.forEach((q, qi) =>
    q.options.forEach((o, oi) => {
      const path = `questions.${qi}.options.${oi}`;
      const problem = (message: string, field = '') => problems.push({ file, path: field ? `${path}.${field}` : path, message });
      if (o.id === BASELINE_REASON) problem(`"${BASELINE_REASON}" is the reason of plan items no answer brought: give this answer another id`, 'id');
      const weighsUp = Object.values(o.weights).some((points) => points > 0);
      if (!o.because && (weighsUp || credited.has(o.id))) problem('brings plan items, so it must say why: add "because" ("Because you said …") in every language', 'because');
      if (o.exclusive && q.kind !== 'multiple') problem('only an answer to a several-answer question can be exclusive', 'exclusive');
      if (o.ensureGuide && !weighsUp) problem('promises a guide in the plan but weighs up no tutorial', 'ensureGuide');
      if (o.platforms && (o.platform !== undefined || qi <= phoneIndex)) problem('an answer shown only for some phones must come in a question after the phone question', 'platforms');
      if (o.findOut) {
        if (q.kind !== 'single' || o.platform !== 'any') problem('only the phone question\'s "Not sure" (platform any) can find out which phone it is', 'findOut');
        for (const platform of ['ios', 'android'] as const) {
          const target = q.options.find((x) => x.id === o.findOut?.[platform]);
          if (target?.platform !== platform) problem(`"${o.findOut[platform]}" is not an answer of this question with platform ${platform}`, `findOut.${platform}`);
        }
      }
    }),
  );
  return problems;
}
