import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';

/** content/revision.yaml: which revision of the content this is, for content packs (issue 19). */
export const REVISION_FILE = 'revision.yaml';

export const revisionFileSchema = z.object({ revision: z.int().min(1) }).strict();
export type RevisionFile = z.output<typeof revisionFileSchema>;

/**
 * The revision of a content folder, read alone: a start-up compares the app's own content with an installed
 * pack without reading the rest. Undefined when the file is missing or not valid; the full read
 * (readContentFiles) then names the problem.
 */
export function readRevision(contentDir: string): number | undefined {
  const file = join(contentDir, REVISION_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = revisionFileSchema.safeParse(load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }));
    return parsed.success ? parsed.data.revision : undefined;
  } catch {
    return undefined;
  }
}
