import type { QuestionView } from '../../../shared/questions-schema.ts';

type Option = QuestionView['options'][number];
export type Platform = NonNullable<Option['platform']>;

/** The platform the phone answer settled so far: "any" before it, or after "Not sure". */
export function answeredPlatform(questions: QuestionView[], answers: Record<string, string[]>): Platform {
  const chosen = new Set(Object.values(answers).flat());
  return (
    questions.flatMap((q) => q.options).find((o) => o.platform !== undefined && chosen.has(o.id))?.platform ?? 'any'
  );
}

/** The answers shown for this phone: FaceTime only after an iPhone (the core refuses it otherwise). */
export function offeredOptions(question: QuestionView, platform: Platform): Option[] {
  return question.options.filter((o) => !o.platforms || o.platforms.includes(platform));
}

/**
 * A tap on an answer of a several-answer question. An exclusive answer ("None of these") clears the
 * others, and any other answer clears it: a visitor never sends a combination the core refuses.
 */
export function toggleAnswer(chosen: readonly string[], tapped: Option, options: readonly Option[]): string[] {
  if (chosen.includes(tapped.id)) return chosen.filter((id) => id !== tapped.id);
  if (tapped.exclusive) return [tapped.id];
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.id));
  return [...chosen.filter((id) => !exclusive.has(id)), tapped.id];
}
