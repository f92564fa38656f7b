import type { CallResponse } from '../../../shared/api.ts';

type Questions = CallResponse<'getQuestions'>['questions'];
export type AnswerSet = Record<string, string[]>;

/** Every non-empty subset of `ids`. */
const subsets = (ids: string[]) =>
  Array.from({ length: 2 ** ids.length - 1 }, (_, m) => ids.filter((_, i) => (m + 1) & (1 << i)));

/** Every combination the questions allow on paper: one per single question, any non-empty set for multiple ones. */
export function everyCombination(questions: Questions): AnswerSet[] {
  let combos: AnswerSet[] = [{}];
  for (const q of questions) {
    const ids = q.options.map((o) => o.id);
    const choices = q.kind === 'single' ? ids.map((id) => [id]) : subsets(ids);
    combos = combos.flatMap((c) => choices.map((choice) => ({ ...c, [q.id]: choice })));
  }
  return combos;
}

/** The platform the phone answer settles ("any" for "Not sure", or no phone answer). */
export function platformOf(questions: Questions, answers: AnswerSet) {
  return (
    questions.flatMap((q) => q.options).find((o) => o.platform && Object.values(answers).flat().includes(o.id))
      ?.platform ?? 'any'
  );
}

/**
 * Every combination a visitor can give on the screens: the renderer offers an answer only for the
 * phones it names (`platforms`), and an exclusive answer ("None of these") only alone. Built from
 * the questions as the core sends them, so the contract must carry what the renderer needs.
 */
export function offeredCombinations(questions: Questions): AnswerSet[] {
  let combos: AnswerSet[] = [{}];
  for (const q of questions) {
    combos = combos.flatMap((c) => {
      const platform = platformOf(questions, c);
      const shown = q.options.filter((o) => !o.platforms || o.platforms.includes(platform));
      const ids = shown.filter((o) => !o.exclusive).map((o) => o.id);
      const choices =
        q.kind === 'single'
          ? shown.map((o) => [o.id])
          : [...subsets(ids), ...shown.filter((o) => o.exclusive).map((o) => [o.id])];
      return choices.map((choice) => ({ ...c, [q.id]: choice }));
    });
  }
  return combos;
}
