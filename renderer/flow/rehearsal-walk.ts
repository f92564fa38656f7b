import type { RehearsalView } from '../../shared/rehearsal-schema.ts';

/**
 * Where a visitor is in a practice call (issue 20), and what they met on the way: pure, so every path
 * through a call can be walked in a test. The call starts ringing; a choice brings its feedback at once;
 * "Continue" goes to the next moment or to an ending.
 */
export type RehearsalPhase =
  | { kind: 'decision'; decisionId: string }
  | { kind: 'feedback'; decisionId: string; choiceId: string }
  | { kind: 'ending'; endingId: string };

export interface RehearsalProgress {
  phase: RehearsalPhase;
  /** The red flags of the moments the visitor answered, each once, in the order met (the log keeps a set). */
  met: string[];
  /** Those where the visitor took the safe choice. */
  spotted: string[];
}

export function startRehearsal(call: RehearsalView): RehearsalProgress {
  const first = call.decisions[0];
  if (!first) throw new Error(`The practice call "${call.id}" has no incoming call.`);
  return { phase: { kind: 'decision', decisionId: first.id }, met: [], spotted: [] };
}

/** The incoming call is still ringing: nobody has answered or declined. */
export const isRinging = (call: RehearsalView, progress: RehearsalProgress): boolean =>
  progress.phase.kind === 'decision' && progress.phase.decisionId === call.decisions[0]?.id;

const once = (list: string[], item: string) => (list.includes(item) ? list : [...list, item]);

export function choose(call: RehearsalView, progress: RehearsalProgress, choiceId: string): RehearsalProgress {
  const { phase } = progress;
  if (phase.kind !== 'decision') return progress;
  const decision = call.decisions.find((d) => d.id === phase.decisionId);
  const choice = decision?.choices.find((c) => c.id === choiceId);
  if (!decision || !choice) return progress;
  return {
    phase: { kind: 'feedback', decisionId: decision.id, choiceId },
    met: once(progress.met, decision.redFlag),
    spotted: choice.safe ? once(progress.spotted, decision.redFlag) : progress.spotted,
  };
}

/** After the feedback: the moment or the ending the choice leads to. */
export function carryOn(call: RehearsalView, progress: RehearsalProgress): RehearsalProgress {
  const { phase } = progress;
  if (phase.kind !== 'feedback') return progress;
  const next = call.decisions
    .find((d) => d.id === phase.decisionId)
    ?.choices.find((c) => c.id === phase.choiceId)?.next;
  if (next === undefined) return progress;
  const isDecision = call.decisions.some((d) => d.id === next);
  return {
    ...progress,
    phase: isDecision ? { kind: 'decision', decisionId: next } : { kind: 'ending', endingId: next },
  };
}

/** Every way through a call, as the choice ids taken: for tests that play each one. */
export function everyPath(call: RehearsalView): string[][] {
  const paths: string[][] = [];
  const walk = (decisionId: string, taken: string[]) => {
    const decision = call.decisions.find((d) => d.id === decisionId);
    for (const choice of decision?.choices ?? []) {
      const path = [...taken, choice.id];
      if (call.decisions.some((d) => d.id === choice.next)) walk(choice.next, path);
      else paths.push(path);
    }
  };
  const first = call.decisions[0];
  if (first) walk(first.id, []);
  return paths;
}
