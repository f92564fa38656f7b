import { KioskError } from '../../../shared/errors.ts';
import type { Answers } from '../../../shared/questions-schema.ts';
import type { QuestionsFile } from '../content/questions-source.ts';

export type Option = QuestionsFile['questions'][number]['options'][number];
export type Platform = NonNullable<Option['platform']>;

/** A chosen answer, with where it stands among all answers (question order, then option order). */
export interface ChosenOption {
  option: Option;
  /** Position among every answer of every question: a later question's answer has a higher rank. */
  rank: number;
}

/**
 * The answers, checked against the questions: every answer names a known question and options of it;
 * a single-choice question takes one; an exclusive answer ("None of these") stands alone; an answer
 * offered only for some phones (FaceTime) comes only with such a phone. The renderer never sends
 * anything else, so anything else is a broken or forged request, refused with every problem named.
 */
export function chosenAnswers(
  questions: QuestionsFile,
  answers: Answers,
): { chosen: ChosenOption[]; platform: Platform; phone: Option | undefined } {
  const ranks = new Map(questions.questions.flatMap((q) => q.options).map((o, i) => [o.id, i]));
  const chosen: ChosenOption[] = [];
  const issues: Array<{ path: string; message: string }> = [];
  for (const [questionId, optionIds] of Object.entries(answers)) {
    const path = `answers.${questionId}`;
    const question = questions.questions.find((q) => q.id === questionId);
    if (!question) {
      issues.push({ path, message: 'no such question' });
      continue;
    }
    const ids = [...new Set(optionIds)];
    if (question.kind === 'single' && optionIds.length !== 1)
      issues.push({ path, message: 'takes exactly one answer' });
    for (const optionId of ids) {
      const option = question.options.find((o) => o.id === optionId);
      if (!option) {
        issues.push({ path, message: `no answer "${optionId}" to this question` });
        continue;
      }
      if (option.exclusive && ids.length > 1)
        issues.push({ path, message: `"${optionId}" is chosen alone, never with other answers` });
      chosen.push({ option, rank: ranks.get(option.id) ?? 0 });
    }
  }
  const phone = chosen.find((c) => c.option.platform !== undefined)?.option;
  // No phone answer, or "Not sure": the platform is not known, and only guides for any phone fit.
  const platform = phone?.platform ?? 'any';
  for (const { option } of chosen) {
    if (option.platforms && !option.platforms.includes(platform)) {
      const question = questions.questions.find((q) => q.options.includes(option));
      issues.push({
        path: `answers.${question?.id ?? ''}`,
        message: `"${option.id}" is not offered with a phone of platform ${platform}`,
      });
    }
  }
  if (issues.length > 0) throw new KioskError('invalid_request', 'The answers do not match the questions.', issues);
  return { chosen, platform, phone };
}

/** The chosen answers' options, in the order given: what the visit log records. */
export function chosenOptions(questions: QuestionsFile, answers: Answers): Option[] {
  return chosenAnswers(questions, answers).chosen.map((c) => c.option);
}
