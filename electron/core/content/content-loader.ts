import type { TutorialSource } from './tutorial-source.ts';
import type { Region } from '../../../shared/regions.ts';
import { ContentError, readContentFiles, type ContentFiles, type ContentProblem } from './content-files.ts';
import { checkFacilitatorReferences } from './facilitator-notes.ts';
import { checkQuestionChoices } from './questions-check.ts';
import type { PhoneLabelEntry } from './phone-labels-source.ts';
import { checkPhoneWords, phoneDictionary } from './phone-words-check.ts';
import { checkRehearsals } from './rehearsal-check.ts';
import type { RehearsalSource } from './rehearsal-source.ts';

export { ContentError, type ContentProblem } from './content-files.ts';

type Safety = Pick<ContentFiles, 'hotlines' | 'redFlags' | 'scamNow' | 'afterScam' | 'scamScripts' | 'questions' | 'checklist'>;

export interface ContentBundle {
  tutorials: TutorialSource[];
  hotlines: ContentFiles['hotlines']['data'];
  redFlags: ContentFiles['redFlags']['data'];
  scamNow: ContentFiles['scamNow']['data'];
  afterScam: ContentFiles['afterScam']['data'];
  scamScripts: ContentFiles['scamScripts']['data'];
  questions: ContentFiles['questions']['data'];
  checklist: ContentFiles['checklist']['data'];
  versionCheck: ContentFiles['versionCheck']['data'];
  /** content/revision.yaml's number: what a content pack of this content is signed as. */
  revision: number;
  /** The phone's own words by id (content/phone-labels/), for the pictures and the `{{id}}` in texts. */
  phoneWords: ReadonlyMap<string, PhoneLabelEntry>;
  /** The practice scam calls (content/rehearsals/), in file order. */
  rehearsals: RehearsalSource[];
  hash: string;
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/**
 * Plan rules name answers and tutorials that exist, and can apply at all: a rule needing two answers
 * to a one-answer question, or a phone of another platform than its own, would silently never fire.
 */
function checkPlanRules(questions: ContentFiles['questions'], tutorialIds: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { file } = questions;
  const answers = new Map(questions.data.questions.flatMap((q) => q.options.map((o) => [o.id, { question: q, option: o }] as const)));
  questions.data.rules?.forEach(({ when, weights }, ri) => {
    const named = (when.answers ?? []).flatMap((id, i) => {
      const found = answers.get(id);
      if (!found) problems.push({ file, path: `rules.${ri}.when.answers.${i}`, message: `no answer "${id}" in any question` });
      return found ? [found] : [];
    });
    const singles = named.filter((a) => a.question.kind === 'single').map((a) => a.question.id);
    for (const id of new Set(duplicates(singles))) problems.push({ file, path: `rules.${ri}.when.answers`, message: `two answers to the one-answer question "${id}": the rule can never apply` });
    for (const { option } of named) {
      if (when.platform && option.platform && option.platform !== when.platform) problems.push({ file, path: `rules.${ri}.when`, message: `answer "${option.id}" settles the platform ${option.platform}, not ${when.platform}: the rule can never apply` });
    }
    for (const id of Object.keys(weights)) {
      if (!tutorialIds.has(id)) problems.push({ file, path: `rules.${ri}.weights.${id}`, message: `no tutorial "${id}"` });
    }
  });
  return problems;
}

/** Ids are unique where they live, and every reference points at something that exists. */
export function checkReferences(files: Pick<ContentFiles, 'tutorials' | 'phoneLabels' | 'rehearsals'> & Safety): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const dictionary = phoneDictionary(files.phoneLabels);
  problems.push(...dictionary.problems);
  const { tutorials, hotlines, redFlags, scamScripts } = files;

  for (const id of duplicates(tutorials.map((t) => t.data.id))) problems.push({ file: 'tutorials/', path: 'id', message: `duplicate tutorial id "${id}"` });
  for (const id of duplicates(redFlags.data.redFlags.map((f) => f.id))) problems.push({ file: redFlags.file, path: 'redFlags', message: `duplicate red flag id "${id}"` });
  for (const id of duplicates(scamScripts.data.scripts.map((s) => s.id))) problems.push({ file: scamScripts.file, path: 'scripts', message: `duplicate scam script id "${id}"` });
  const allHotlines = Object.values(hotlines.data.regions).flatMap((r) => r.hotlines.map((h) => h.id));
  for (const id of duplicates(allHotlines)) problems.push({ file: hotlines.file, path: 'regions', message: `duplicate hotline id "${id}"` });

  const scriptIds = new Set(scamScripts.data.scripts.map((s) => s.id));
  const tutorialIds = new Set(tutorials.map((t) => t.data.id));
  for (const t of tutorials) {
    // A step that sends the visitor to another guide offers a button to it: the guide must exist, and not be this one.
    t.data.variants.forEach((v, vi) =>
      v.steps.forEach((s, si) => {
        if (s.opens !== undefined && (!tutorialIds.has(s.opens) || s.opens === t.data.id)) problems.push({ file: t.file, path: `variants.${vi}.steps.${si}.opens`, message: `no other tutorial "${s.opens}" to open` });
      }),
    );
    t.data.scamScripts.forEach((id, i) => {
      if (!scriptIds.has(id)) problems.push({ file: t.file, path: `scamScripts.${i}`, message: `no scam script "${id}" in scam-scripts.yaml` });
    });
    for (const id of duplicates(t.data.variants.map((v) => v.id))) problems.push({ file: t.file, path: 'variants', message: `duplicate variant id "${id}"` });
    t.data.variants.forEach((v, vi) => {
      for (const id of duplicates(v.steps.map((s) => s.id))) problems.push({ file: t.file, path: `variants.${vi}.steps`, message: `duplicate step id "${id}"` });
    });
    problems.push(...checkFacilitatorReferences(t.file, t.data));
    problems.push(...checkPhoneWords(t.file, t.data, dictionary.words));
  }
  const flagIds = new Set(redFlags.data.redFlags.map((f) => f.id));
  scamScripts.data.scripts.forEach((s, si) =>
    s.redFlags.forEach((id, i) => {
      if (!flagIds.has(id)) problems.push({ file: scamScripts.file, path: `scripts.${si}.redFlags.${i}`, message: `no red flag "${id}" in red-flags.yaml` });
    }),
  );
  const { questions } = files;
  for (const id of Object.keys(questions.data.baseline)) {
    if (!tutorialIds.has(id)) problems.push({ file: questions.file, path: `baseline.${id}`, message: `no tutorial "${id}"` });
  }
  const optionIds = questions.data.questions.flatMap((q) => q.options.map((o) => o.id));
  for (const id of duplicates(optionIds)) problems.push({ file: questions.file, path: 'questions', message: `duplicate answer id "${id}": answer ids must be unique across questions` });
  for (const id of duplicates(questions.data.questions.map((q) => q.id))) problems.push({ file: questions.file, path: 'questions', message: `duplicate question id "${id}"` });
  questions.data.questions.forEach((q, qi) =>
    q.options.forEach((o, oi) => {
      for (const id of Object.keys(o.weights)) {
        if (!tutorialIds.has(id)) problems.push({ file: questions.file, path: `questions.${qi}.options.${oi}.weights.${id}`, message: `no tutorial "${id}"` });
      }
    }),
  );
  problems.push(...checkPlanRules(questions, tutorialIds), ...checkQuestionChoices(questions));
  for (const [region, entry] of Object.entries(hotlines.data.regions)) {
    const seen = new Set<string>([region]);
    for (let parent = entry.inherits; parent; parent = hotlines.data.regions[parent as Region].inherits) {
      if (seen.has(parent)) {
        problems.push({ file: hotlines.file, path: `regions.${region}.inherits`, message: 'regions inherit from each other in a circle' });
        break;
      }
      seen.add(parent);
    }
  }
  const { checklist, scamNow } = files;
  const stepIds = new Set(scamNow.data.steps.map((s) => s.id));
  checklist.data.redFlags.forEach((id, i) => {
    if (!flagIds.has(id)) problems.push({ file: checklist.file, path: `redFlags.${i}`, message: `no red flag "${id}" in red-flags.yaml` });
  });
  checklist.data.ifCalled.forEach((id, i) => {
    if (!stepIds.has(id)) problems.push({ file: checklist.file, path: `ifCalled.${i}`, message: `no step "${id}" in scam-now.yaml` });
  });
  // Lists of lines per region (the printed sheet's, the after-scam card's) name lines that region can show.
  const checkLineIds = (file: string, lists: Partial<Record<Region, string[]>>) => {
    for (const [region, ids] of Object.entries(lists)) {
      const available = regionLineIds(hotlines.data, region as Region);
      ids?.forEach((id, i) => {
        if (!available.has(id)) problems.push({ file, path: `hotlines.${region}.${i}`, message: `no hotline "${id}" in region ${region} (or the regions it inherits)` });
      });
      for (const id of duplicates(ids ?? [])) problems.push({ file, path: `hotlines.${region}`, message: `"${id}" is listed twice` });
    }
  };
  checkLineIds(checklist.file, checklist.data.hotlines);
  for (const id of duplicates([...checklist.data.redFlags, ...checklist.data.ifCalled])) problems.push({ file: checklist.file, path: '', message: `"${id}" is listed twice` });
  const { afterScam } = files;
  checkLineIds(afterScam.file, afterScam.data.hotlines);
  for (const id of duplicates(afterScam.data.steps.map((s) => s.id))) problems.push({ file: afterScam.file, path: 'steps', message: `duplicate step id "${id}"` });
  problems.push(...checkRehearsals(files.rehearsals, { redFlags: flagIds, scripts: scriptIds }));
  return problems;
}

/** The ids of the lines a region can show: its own and those of the regions it inherits (a circle stops, it is reported above). */
function regionLineIds(hotlines: ContentFiles['hotlines']['data'], region: Region): Set<string> {
  const ids = new Set<string>();
  const seen = new Set<Region>();
  for (let r: Region | undefined = region; r && !seen.has(r); r = hotlines.regions[r].inherits) {
    seen.add(r);
    for (const h of hotlines.regions[r].hotlines) ids.add(h.id);
  }
  return ids;
}

/** Reads, validates and cross-checks `content/`. Throws a ContentError listing every problem found. */
export function loadContent(contentDir: string): ContentBundle {
  const files = readContentFiles(contentDir);
  const problems = checkReferences(files);
  if (problems.length > 0) throw new ContentError(problems);
  const tutorials = files.tutorials.map((t) => t.data).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return {
    tutorials,
    hotlines: files.hotlines.data,
    redFlags: files.redFlags.data,
    scamNow: files.scamNow.data,
    afterScam: files.afterScam.data,
    scamScripts: files.scamScripts.data,
    questions: files.questions.data,
    checklist: files.checklist.data,
    versionCheck: files.versionCheck.data,
    revision: files.revision.data.revision,
    phoneWords: phoneDictionary(files.phoneLabels).words,
    rehearsals: files.rehearsals.map((r) => r.data),
    hash: files.hash,
  };
}
