import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import { checklistFileSchema } from './checklist-source.ts';
import { phoneLabelsFileSchema, type PhoneLabelsFile } from './phone-labels-source.ts';
import { tutorialSourceSchema, versionCheckFileSchema, type TutorialSource, type VersionCheckFile } from './tutorial-source.ts';
import { questionsFileSchema } from './questions-source.ts';
import { REVISION_FILE, revisionFileSchema, type RevisionFile } from './content-revision.ts';
import { rehearsalSourceSchema, type RehearsalSource } from './rehearsal-source.ts';
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
  /** content/revision.yaml: the revision a content pack of this content carries. */
  revision: ContentFile<RevisionFile>;
  /** content/phone-labels/*.yaml: the phone's own words, by id (issue 17). */
  phoneLabels: ContentFile<PhoneLabelsFile>[];
  /** content/rehearsals/*.yaml: the practice scam calls (issue 20). */
  rehearsals: ContentFile<RehearsalSource>[];
  /** sha256 over every file's name and bytes: tells whether the database holds this exact content. */
  hash: string;
}

/** The fixed files, in the order they are read and hashed (after the tutorials, the phone's words and the practice calls). */
const FIXED_FILES = [
  'hotlines.yaml',
  'red-flags.yaml',
  'scam-now.yaml',
  'after-scam.yaml',
  'scam-scripts.yaml',
  'questions.yaml',
  'checklist.yaml',
  'version-check.yaml',
  REVISION_FILE,
] as const;

const yamlFilesIn = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];

/** Every content file, relative to the folder, in the one order both the reader and the hash take them. */
export function contentFileList(contentDir: string): { tutorials: string[]; phoneLabels: string[]; rehearsals: string[]; all: string[] } {
  const inFolder = (folder: string) => yamlFilesIn(join(contentDir, folder)).map((name) => `${folder}/${name}`);
  const tutorials = inFolder('tutorials');
  const phoneLabels = inFolder('phone-labels');
  const rehearsals = inFolder('rehearsals');
  return { tutorials, phoneLabels, rehearsals, all: [...tutorials, ...phoneLabels, ...rehearsals, ...FIXED_FILES] };
}

const hashStep = (hash: ReturnType<typeof createHash>, rel: string, text: string) => hash.update(rel).update('\0').update(text).update('\0');

/**
 * The content's hash (ContentFiles.hash) from the bytes alone, without parsing a line: a restart with unchanged
 * content compares it with the stored key and skips reading the YAML at all (issue 18: a restart in 150 ms, where
 * reading and validating every file takes most of a second on an old PC). Undefined when a file is missing: then
 * only the full read can say what is wrong.
 */
export function hashContentFiles(contentDir: string): string | undefined {
  const hash = createHash('sha256');
  for (const rel of contentFileList(contentDir).all) {
    const full = join(contentDir, rel);
    if (!existsSync(full)) return undefined;
    hashStep(hash, rel, readFileSync(full, 'utf8'));
  }
  return hash.digest('hex');
}

/**
 * Reads every content file and validates it against its schema. Collects all problems before
 * throwing, so an author fixes a whole batch at once rather than one error per run.
 */
export function readContentFiles(contentDir: string): ContentFiles {
  const problems: ContentProblem[] = [];
  const hash = createHash('sha256');
  const list = contentFileList(contentDir);

  function read<S extends z.ZodType>(rel: string, schema: S): ContentFile<z.output<S>> | undefined {
    const full = join(contentDir, rel);
    if (!existsSync(full)) {
      problems.push({ file: rel, path: '', message: 'file is missing' });
      return undefined;
    }
    const text = readFileSync(full, 'utf8');
    hashStep(hash, rel, text);
    let raw: unknown;
    try {
      // js-yaml with the YAML 1.2 core schema: the same values as the `yaml` package gave (dates stay strings),
      // about ten times faster on the tutorials, which is most of a first start.
      raw = load(text, { schema: CORE_SCHEMA, filename: rel });
    } catch (error) {
      const where = error instanceof YAMLException ? `line ${error.mark.line + 1}` : '';
      const reason = error instanceof YAMLException ? error.reason : (error as Error).message;
      problems.push({ file: rel, path: where, message: `not valid YAML: ${reason}` });
      return undefined;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file: rel, path: issue.path.join('.'), message: issue.message });
      return undefined;
    }
    return { file: rel, data: result.data, raw };
  }

  /** A folder's files, each an item named by its id: the file name must be that id (tutorials, practice calls). */
  function readNamed<S extends z.ZodType<{ id: string }>>(rels: string[], schema: S): ContentFile<z.output<S>>[] {
    return rels.flatMap((rel) => {
      const loaded = read(rel, schema);
      if (!loaded) return [];
      const folder = rel.slice(0, rel.indexOf('/'));
      if (`${folder}/${loaded.data.id}.yaml` !== rel) problems.push({ file: loaded.file, path: 'id', message: `id "${loaded.data.id}" must match the file name` });
      return [loaded];
    });
  }

  if (list.tutorials.length === 0) problems.push({ file: 'tutorials/', path: '', message: 'no tutorials found' });
  const tutorials = readNamed(list.tutorials, tutorialSourceSchema);
  const phoneLabels = list.phoneLabels.flatMap((rel) => read(rel, phoneLabelsFileSchema) ?? []);
  const rehearsals = readNamed(list.rehearsals, rehearsalSourceSchema);
  const [hotlinesFile, redFlagsFile, scamNowFile, afterScamFile, scamScriptsFile, questionsFile, checklistFile, versionCheckFile, revisionFile] = FIXED_FILES;
  const hotlines = read(hotlinesFile, hotlinesFileSchema);
  const redFlags = read(redFlagsFile, redFlagsFileSchema);
  const scamNow = read(scamNowFile, scamNowFileSchema);
  const afterScam = read(afterScamFile, afterScamFileSchema);
  const scamScripts = read(scamScriptsFile, scamScriptsFileSchema);
  const questions = read(questionsFile, questionsFileSchema);
  const checklist = read(checklistFile, checklistFileSchema);
  const versionCheck = read(versionCheckFile, versionCheckFileSchema);
  const revision = read(revisionFile, revisionFileSchema);

  if (problems.length > 0 || !hotlines || !redFlags || !scamNow || !afterScam || !scamScripts || !questions || !checklist || !versionCheck || !revision) throw new ContentError(problems);
  return { tutorials, hotlines, redFlags, scamNow, afterScam, scamScripts, questions, checklist, versionCheck, revision, phoneLabels, rehearsals, hash: hash.digest('hex') };
}
