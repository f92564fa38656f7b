import { REVISION_FILE } from '../content/content-revision.ts';
import type { ContentPackChanges } from '../../../shared/content-pack-schema.ts';

const TUTORIAL_FILE = /^tutorials\/(.+)\.yaml$/;
/** Changes with every pack, and says nothing staff need: the revision is shown on its own. */
const NOT_NEWS = new Set([REVISION_FILE]);

/**
 * What a new content would change, file by file (sha256 of each): tutorials added, changed and removed, the other
 * files changed (hotlines, red flags...), and languages. `title` names a tutorial for staff: the new content's
 * English title, or the old one's for a tutorial that goes.
 */
export function contentChanges(
  before: { fileHashes: Record<string, string>; locales: readonly string[] },
  after: { fileHashes: Record<string, string>; locales: readonly string[] },
  title: (id: string) => string,
): ContentPackChanges {
  const tutorialsOf = (hashes: Record<string, string>) =>
    new Map(
      Object.entries(hashes).flatMap(([path, hash]) => {
        const id = TUTORIAL_FILE.exec(path)?.[1];
        return id === undefined ? [] : [[id, hash] as const];
      }),
    );
  const old = tutorialsOf(before.fileHashes);
  const next = tutorialsOf(after.fileHashes);
  const named = (ids: string[]) => ids.sort().map((id) => ({ id, title: title(id) }));
  const others = new Set(
    [...Object.keys(before.fileHashes), ...Object.keys(after.fileHashes)].filter((p) => !TUTORIAL_FILE.test(p)),
  );
  return {
    added: named([...next.keys()].filter((id) => !old.has(id))),
    changed: named([...next].filter(([id, hash]) => old.has(id) && old.get(id) !== hash).map(([id]) => id)),
    removed: named([...old.keys()].filter((id) => !next.has(id))),
    otherFiles: [...others].filter((p) => !NOT_NEWS.has(p) && before.fileHashes[p] !== after.fileHashes[p]).sort(),
    localesAdded: after.locales.filter((l) => !before.locales.includes(l)),
    localesRemoved: before.locales.filter((l) => !after.locales.includes(l)),
  };
}
