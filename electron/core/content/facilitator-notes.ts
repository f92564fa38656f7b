import type { ContentProblem } from './content-files.ts';
import type { FacilitatorNoteSource, StepSource, TutorialSource } from './tutorial-source.ts';

/**
 * Facilitator notes: what a volunteer beside the visitor should know at each step. They are written
 * per step id, so one note serves every variant with that step (most variants share "open Settings");
 * `variants` narrows a note to the variants whose step of that id differs.
 */

/** The notes for one step of one variant, in the order written. */
export function notesFor(tutorial: TutorialSource, variantId: string, stepId: string): FacilitatorNoteSource[] {
  return (tutorial.facilitator ?? []).filter(
    (n) => n.step === stepId && (n.variants === undefined || n.variants.includes(variantId)),
  );
}

/** The notes about the whole guide (no step). */
export function guideNotes(tutorial: TutorialSource): FacilitatorNoteSource[] {
  return (tutorial.facilitator ?? []).filter((n) => n.step === undefined);
}

/**
 * A step is trivial for a volunteer when it only opens an app or gives advice the step itself says:
 * it shows no phone screen, changes no setting and rests on no unconfirmed fact. Every other step is
 * where a visitor gets stuck (a menu that hides, a switch that will not move, a label that differs),
 * so it must carry a note.
 */
export function needsFacilitatorNote(step: StepSource): boolean {
  return step.screen !== undefined || step.gives !== undefined || !step.verified;
}

const sourcesOf = (note: FacilitatorNoteSource) => (Array.isArray(note.source) ? note.source : [note.source]);

/**
 * What a kiosk refuses to load: a note on a step or variant that does not exist (it would never be
 * shown), or resting on a source the tutorial does not list, or listed with another confirmation
 * (the note would claim a certainty its guide does not).
 */
export function checkFacilitatorReferences(file: string, tutorial: TutorialSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const variantIds = new Set(tutorial.variants.map((v) => v.id));
  const ownSources = new Map(tutorial.sources.map((s) => [s.url, s]));
  tutorial.facilitator?.forEach((note, i) => {
    const at = `facilitator.${i}`;
    note.variants?.forEach((id, j) => {
      if (!variantIds.has(id)) problems.push({ file, path: `${at}.variants.${j}`, message: `no variant "${id}"` });
    });
    if (note.step === undefined) {
      if (note.variants) problems.push({ file, path: `${at}.variants`, message: 'a note about the whole guide names no variants: give it a step, or drop variants' });
    } else {
      const stepId = note.step;
      const hasStep = (variantId: string) => tutorial.variants.some((v) => v.id === variantId && v.steps.some((s) => s.id === stepId));
      if (!tutorial.variants.some((v) => hasStep(v.id))) problems.push({ file, path: `${at}.step`, message: `no step "${stepId}" in any variant` });
      else
        note.variants?.forEach((id, j) => {
          if (variantIds.has(id) && !hasStep(id)) problems.push({ file, path: `${at}.variants.${j}`, message: `variant "${id}" has no step "${stepId}"` });
        });
    }
    const sources = sourcesOf(note);
    sources.forEach((source, j) => {
      const path = Array.isArray(note.source) ? `${at}.source.${j}` : `${at}.source`;
      const own = ownSources.get(source.url);
      if (!own) problems.push({ file, path, message: `${source.url} is not among the tutorial's sources: a note rests only on what its guide lists` });
      else if (own.confirmation !== source.confirmation) problems.push({ file, path, message: `confirmation "${source.confirmation}" differs from the tutorial's sources ("${own.confirmation}")` });
    });
    if (note.verified && sources.every((s) => s.confirmation === 'unconfirmed')) problems.push({ file, path: `${at}.verified`, message: 'a note resting only on unconfirmed sources cannot be verified: set verified: false' });
  });
  return problems;
}

/** What the content check requires beyond references: every tutorial has notes, and every step that is not trivial has one. */
export function findStepsWithoutNotes(file: string, tutorial: TutorialSource): ContentProblem[] {
  if (!tutorial.facilitator?.length) return [{ file, path: 'facilitator', message: 'no facilitator notes: every tutorial has notes for the volunteer in an assisted visit' }];
  const problems: ContentProblem[] = [];
  tutorial.variants.forEach((v, vi) =>
    v.steps.forEach((s, si) => {
      if (needsFacilitatorNote(s) && notesFor(tutorial, v.id, s.id).length === 0)
        problems.push({ file, path: `variants.${vi}.steps.${si}`, message: `step "${s.id}" of variant "${v.id}" has no facilitator note: a step that shows a phone screen, changes a setting or rests on an unconfirmed fact needs one` });
    }),
  );
  return problems;
}
