import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { checklistFileSchema } from './checklist-source.ts';
import { phoneLabelsFileSchema, type PhoneLabelsFile } from './phone-labels-source.ts';
import { tutorialSourceSchema, versionCheckFileSchema, type TutorialSource, type VersionCheckFile } from './tutorial-source.ts';
import { questionsFileSchema } from './questions-source.ts';
import { afterScamFileSchema, hotlinesFileSchema, redFlagsFileSchema, scamNowFileSchema, scamScriptsFileSchema } from './safety-source.ts';

export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

/** Content that cannot be used, with every problem named by file and field. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(`Content is not valid:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblem(p: ContentProblem): string {
  return `  - ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`;
}

export interface ContentFile<T> {
  file: string;
  data: T;
  /** The YAML as parsed, before defaults were filled in: the content check reads what authors wrote. */
  raw: unknown;
}

export interface ContentFiles {
  tutorials: ContentFile<TutorialSource>[];
  hotlines: ContentFile<z.output<typeof hotlinesFileSchema>>;
  redFlags: ContentFile<z.output<typeof redFlagsFileSchema>>;
  scamNow: ContentFile<z.output<typeof scamNowFileSchema>>;
  afterScam: ContentFile<z.output<typeof afterScamFileSchema>>;
  scamScripts: ContentFile<z.output<typeof scamScriptsFileSchema>>;
  questions: ContentFile<z.output<typeof questionsFileSchema>>;
  checklist: ContentFile<z.output<typeof checklistFileSchema>>;
  versionCheck: ContentFile<VersionCheckFile>;
  /** content/phone-labels/*.yaml: the phone's own words, by id (issue 17). */
  phoneLabels: ContentFile<PhoneLabelsFile>[];
  /** sha256 over every file's name and bytes: tells whether the database holds this exact content. */
  hash: string;
}

/**
 * Reads every content file and validates it against its schema. Collects all problems before
 * throwing, so an author fixes a whole batch at once rather than one error per run.
 */
export function readContentFiles(contentDir: string): ContentFiles {
  const problems: ContentProblem[] = [];
  const hash = createHash('sha256');

  function read<S extends z.ZodType>(rel: string, schema: S): ContentFile<z.output<S>> | undefined {
    const full = join(contentDir, rel);
    if (!existsSync(full)) {
      problems.push({ file: rel, path: '', message: 'file is missing' });
      return undefined;
    }
    const text = readFileSync(full, 'utf8');
    hash.update(rel).update('\0').update(text).update('\0');
    let raw: unknown;
    try {
      raw = parseYaml(text);
    } catch (error) {
      const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}` : '';
      problems.push({ file: rel, path: where, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      return undefined;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file: rel, path: issue.path.join('.'), message: issue.message });
      return undefined;
    }
    return { file: rel, data: result.data, raw };
  }

  const tutorialsDir = join(contentDir, 'tutorials');
  const tutorialFiles = existsSync(tutorialsDir) ? readdirSync(tutorialsDir).filter((f) => f.endsWith('.yaml')).sort() : [];
  if (tutorialFiles.length === 0) problems.push({ file: 'tutorials/', path: '', message: 'no tutorials found' });
  const tutorials: ContentFile<TutorialSource>[] = [];
  for (const name of tutorialFiles) {
    const loaded = read(`tutorials/${name}`, tutorialSourceSchema);
    if (!loaded) continue;
    if (`${loaded.data.id}.yaml` !== name) problems.push({ file: loaded.file, path: 'id', message: `id "${loaded.data.id}" must match the file name` });
    tutorials.push(loaded);
  }
  const labelsDir = join(contentDir, 'phone-labels');
  const labelFiles = existsSync(labelsDir) ? readdirSync(labelsDir).filter((f) => f.endsWith('.yaml')).sort() : [];
  const phoneLabels = labelFiles.flatMap((name) => read(`phone-labels/${name}`, phoneLabelsFileSchema) ?? []);
  const hotlines = read('hotlines.yaml', hotlinesFileSchema);
  const redFlags = read('red-flags.yaml', redFlagsFileSchema);
  const scamNow = read('scam-now.yaml', scamNowFileSchema);
  const afterScam = read('after-scam.yaml', afterScamFileSchema);
  const scamScripts = read('scam-scripts.yaml', scamScriptsFileSchema);
  const questions = read('questions.yaml', questionsFileSchema);
  const checklist = read('checklist.yaml', checklistFileSchema);
  const versionCheck = read('version-check.yaml', versionCheckFileSchema);

  if (problems.length > 0 || !hotlines || !redFlags || !scamNow || !afterScam || !scamScripts || !questions || !checklist || !versionCheck) throw new ContentError(problems);
  return { tutorials, hotlines, redFlags, scamNow, afterScam, scamScripts, questions, checklist, versionCheck, phoneLabels, hash: hash.digest('hex') };
}
