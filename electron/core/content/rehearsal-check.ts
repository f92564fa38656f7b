import type { ContentFile, ContentProblem } from './content-files.ts';
import type { RehearsalSource } from './rehearsal-source.ts';

/**
 * The rules a practice call must keep beyond its schema (issue 20), so that every way through it ends, and
 * ends in something the kiosk can say:
 * - decision and ending ids are unique; every `next` names one of them;
 * - the first decision is the incoming call (no line said yet), with two choices: decline (safe) and answer;
 *   every later one has the caller's line;
 * - every decision offers at least one safe choice: the reflex is always there to take;
 * - there are no loops (a way through that never ends) and nothing is left unreachable;
 * - at least one ending is a `hung-up` one;
 * - the red flags and the story it acts out exist.
 */
export function checkRehearsals(
  rehearsals: readonly ContentFile<RehearsalSource>[],
  known: { redFlags: ReadonlySet<string>; scripts: ReadonlySet<string> },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seenIds = new Set<string>();
  for (const { file, data } of rehearsals) {
    const problem = (path: string, message: string) => problems.push({ file, path, message });
    if (seenIds.has(data.id)) problem('id', `duplicate practice call id "${data.id}"`);
    seenIds.add(data.id);
    if (!known.scripts.has(data.script)) problem('script', `no scam script "${data.script}" in scam-scripts.yaml`);

    const decisions = new Map(data.decisions.map((d, i) => [d.id, i]));
    const endings = new Map(data.endings.map((e, i) => [e.id, i]));
    const names = [...data.decisions.map((d) => d.id), ...data.endings.map((e) => e.id)];
    for (const id of new Set(names.filter((id, i) => names.indexOf(id) !== i)))
      problem('', `"${id}" names more than one decision or ending`);
    if (!data.endings.some((e) => e.kind === 'hung-up')) problem('endings', 'no ending where the visitor hangs up');

    data.decisions.forEach((d, di) => {
      const at = `decisions.${di}`;
      if (di === 0 && d.says !== undefined) problem(`${at}.says`, 'the first decision is the incoming call: nobody has said anything yet');
      // The page draws the incoming call as its app does: a red Decline (the safe one) and a green Answer.
      if (di === 0 && (d.choices.length !== 2 || d.choices.filter((c) => c.safe).length !== 1))
        problem(`${at}.choices`, 'the incoming call has two choices: decline (safe) and answer');
      if (di > 0 && d.says === undefined) problem(`${at}.says`, "the caller's line is missing");
      if (!known.redFlags.has(d.redFlag)) problem(`${at}.redFlag`, `no red flag "${d.redFlag}" in red-flags.yaml`);
      if (!d.choices.some((c) => c.safe)) problem(`${at}.choices`, 'no safe choice: the visitor must always be able to hang up');
      d.choices.forEach((c, ci) => {
        if (!decisions.has(c.next) && !endings.has(c.next))
          problem(`${at}.choices.${ci}.next`, `no decision or ending "${c.next}"`);
      });
    });

    // Every way through ends: a walk from the incoming call never meets a decision it is still inside.
    const reached = new Set<string>();
    const inside = new Set<string>();
    const walk = (id: string, path: string): void => {
      if (inside.has(id)) {
        problem(path, `a way through loops back to "${id}" and never ends`);
        return;
      }
      if (reached.has(id)) return;
      reached.add(id);
      const index = decisions.get(id);
      if (index === undefined) return;
      inside.add(id);
      data.decisions[index]?.choices.forEach((c, ci) => walk(c.next, `decisions.${index}.choices.${ci}.next`));
      inside.delete(id);
    };
    const first = data.decisions[0];
    if (first) walk(first.id, 'decisions.0');
    for (const id of names) if (!reached.has(id)) problem('', `"${id}" can never be reached from the incoming call`);
  }
  return problems;
}
