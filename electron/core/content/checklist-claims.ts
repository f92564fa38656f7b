import type { TutorialSource } from './tutorial-source.ts';
import type { ContentProblem } from './content-files.ts';

/**
 * A printed checklist line is a promise to a family: "FaceTime calls from strangers are silenced".
 * It may claim only what every variant of its guide delivers. Each claim in `checklist.protects` must be
 * given by a step (`gives`) of every variant, or the visitor on that phone takes home a line the steps
 * did not make true (audit 2026-12 C1: iOS 26 printed "filtered" while strangers' calls still rang).
 */
export function findUnbackedClaims(file: string, tutorial: TutorialSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  tutorial.variants.forEach((variant, vi) => {
    const given = new Set(variant.steps.flatMap((s) => s.gives ?? []));
    const missing = tutorial.checklist.protects.filter((p) => !given.has(p));
    if (missing.length > 0) {
      problems.push({
        file,
        path: `variants.${vi}`,
        message: `the checklist line claims ${missing.map((m) => `"${m}"`).join(', ')}, but no step of variant "${variant.id}" gives it: add the step that does (with gives: [...]), or claim less in checklist.protects`,
      });
    }
  });
  return problems;
}
