import type { Region } from '../../../shared/regions.ts';
import { contentFileList } from '../content/content-files.ts';
import { readRevision } from '../content/content-revision.ts';
import { contentKey } from '../content/content-key.ts';
import { createContentMetaRepository } from '../content/content-meta.repository.ts';
import { syncContent, type SyncContext } from '../content/content-sync.ts';
import type { Db } from '../db/open-database.ts';
import { LOCALES } from '../../../shared/locales.ts';
import { createContentSourceRepository, type ContentSource } from './content-source.repository.ts';
import { describeFolder, packFolder, removeUnusedPackFolders } from './pack-folders.ts';

/** The app's own content folder as a source record (its files as they are now). */
export function appSource(appContentDir: string): ContentSource {
  const revision = readRevision(appContentDir) ?? 0;
  const { filesHash, fileHashes } = describeFolder(appContentDir);
  const tutorials = contentFileList(appContentDir).tutorials.map((path) =>
    path.slice('tutorials/'.length, -'.yaml'.length),
  );
  return {
    kind: 'app',
    revision,
    filesHash: filesHash ?? '',
    appRevision: revision,
    locales: [...LOCALES],
    tutorials: [...tutorials],
    fileHashes,
  };
}

/**
 * Brings the database's content in line with the content the kiosk is to serve, at start-up and when the region
 * changes (content is compiled for it). That is the installed pack the database records (content-packs/), unless:
 * - the app was updated and its own content/ has a higher revision than both the pack and the app content the
 *   pack was chosen over: then the app's content replaces the pack, which stays as the one to go back to;
 * - the pack's folder is gone or not the files that were proven (someone changed the data folder): then the
 *   app's own content is served, and staff are told to install the pack again.
 * At start-up, folders no record names (an apply killed half-way, a pack replaced twice) are deleted first.
 */
export function syncServedContent(
  db: Db,
  places: { dataDir: string; appContentDir: string },
  region: Region,
  context: SyncContext & {
    /** At start-up only: nothing else (an open ticket, an apply under way) can be using a folder yet. */
    sweep: boolean;
  },
): void {
  const sources = createContentSourceRepository(db);
  if (context.sweep) removeUnusedPackFolders(places.dataDir, sources.packIds());
  const current = sources.get('current');
  if (current?.kind !== 'pack' || current.packId === undefined) {
    syncContent(db, places.appContentDir, region, context);
    return;
  }
  const appRevision = readRevision(places.appContentDir) ?? 0;
  if (appRevision > Math.max(current.revision, current.appRevision)) {
    context.warn(
      `SafeCall: this version of the app brings content revision ${appRevision}, newer than the installed pack (revision ${current.revision}): the app's content is served now. Staff can go back to the pack on the Content updates page.`,
    );
    useAppContent(db, places, region, context, current);
    return;
  }
  // The usual restart: the database holds exactly the pack's content, compiled for this region; nothing is read.
  if (createContentMetaRepository(db).hash() === contentKey(current.filesHash, region)) return;
  const folder = packFolder(places.dataDir, current.packId);
  if (describeFolder(folder).filesHash !== current.filesHash) {
    context.warn(
      `SafeCall: the installed content pack's files (${folder}) are missing or were changed, so the app's own content is served. Install the pack again from the Content updates page.`,
    );
    useAppContent(db, places, region, context, sources.get('previous'));
    return;
  }
  syncContent(db, folder, region, context);
}

function useAppContent(
  db: Db,
  places: { dataDir: string; appContentDir: string },
  region: Region,
  context: SyncContext,
  previous: ContentSource | undefined,
): void {
  syncContent(db, places.appContentDir, region, context);
  const app = appSource(places.appContentDir);
  // A full disk can leave the old content in place (syncContent warns): then the record stays as it was too.
  if (createContentMetaRepository(db).hash() !== contentKey(app.filesHash, region)) return;
  createContentSourceRepository(db).set(app, previous?.kind === 'pack' ? previous : undefined);
}
