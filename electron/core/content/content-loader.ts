import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { tutorialSourceSchema, type TutorialSource } from '../../../shared/content-schema.ts';

export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

/** Content that cannot be used, with every problem named by file and field. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(`Content is not valid:\n${problems.map((p) => `  - ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export interface ContentBundle {
  tutorials: TutorialSource[];
  /** sha256 of every source file's name and bytes: tells whether the database holds this exact content. */
  hash: string;
}

/** Reads and validates `content/tutorials/*.yaml`. Throws a ContentError listing every problem found. */
export function loadContent(contentDir: string): ContentBundle {
  const tutorialsDir = join(contentDir, 'tutorials');
  const files = readdirSync(tutorialsDir).filter((f) => f.endsWith('.yaml')).sort();
  const problems: ContentProblem[] = [];
  const tutorials: TutorialSource[] = [];
  const hash = createHash('sha256');
  const seenIds = new Map<string, string>();

  for (const file of files) {
    const rel = `tutorials/${file}`;
    const text = readFileSync(join(tutorialsDir, file), 'utf8');
    hash.update(rel).update('\0').update(text).update('\0');
    let raw: unknown;
    try {
      raw = parseYaml(text);
    } catch (error) {
      const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}` : '';
      problems.push({ file: rel, path: where, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const result = tutorialSourceSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file: rel, path: issue.path.join('.'), message: issue.message });
      continue;
    }
    const tutorial = result.data;
    if (`${tutorial.id}.yaml` !== file) problems.push({ file: rel, path: 'id', message: `id "${tutorial.id}" must match the file name` });
    const previous = seenIds.get(tutorial.id);
    if (previous) problems.push({ file: rel, path: 'id', message: `duplicate tutorial id "${tutorial.id}" (also in ${previous})` });
    seenIds.set(tutorial.id, rel);
    tutorials.push(tutorial);
  }
  if (files.length === 0) problems.push({ file: 'tutorials/', path: '', message: 'no tutorials found' });
  if (problems.length > 0) throw new ContentError(problems);
  tutorials.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { tutorials, hash: hash.digest('hex') };
}
