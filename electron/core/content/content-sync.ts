import type { Region } from '../../../shared/regions.ts';
import type { BackupKeeper } from '../backup/backup-keeper.ts';
import type { Db } from '../db/open-database.ts';
import { StartupError } from '../startup-error.ts';
import { diskCause, diskSentence } from '../startup-failure.ts';
import { hashContentFiles } from './content-files.ts';
import { importContent, isContentCurrent } from './content-import.ts';
import { contentKey } from './content-key.ts';
import { ContentError, loadContent, type ContentBundle } from './content-loader.ts';
import { createContentMetaRepository } from './content-meta.repository.ts';

export interface SyncContext {
  dataDir: string;
  warn: (message: string) => void;
  backups: Pick<BackupKeeper, 'snapshot'>;
  /** Reads and validates the content source; loadContent unless given (tests reuse one parse of the real content). */
  load?: (contentDir: string) => ContentBundle;
}

/**
 * Content is compiled into the database only when it changed (content-key.ts), after a backup of the
 * database as it was. Broken content never replaces good content: if the source is invalid, or the
 * disk is too full to import it, but the database already holds content, the kiosk keeps serving that
 * and warns; only a kiosk with no usable content at all refuses to start.
 */
export function syncContent(db: Db, contentDir: string, region: Region, context: SyncContext): void {
  const stored = createContentMetaRepository(db).hash();
  const hasContent = stored !== undefined;
  // The usual start: the files are byte for byte what was imported, so nothing is parsed (a restart in
  // milliseconds, not the second that reading and validating every file takes). Files are read whole either way.
  const filesHash = hashContentFiles(contentDir);
  if (hasContent && filesHash !== undefined && stored === contentKey(filesHash, region)) return;
  let bundle: ContentBundle;
  try {
    bundle = (context.load ?? loadContent)(contentDir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    if (!hasContent) throw new StartupError(`${error.message}\nThe kiosk has no earlier content to fall back on.`, { cause: error });
    context.warn(`${error.message}\nThe kiosk keeps serving the content it already had.`);
    return;
  }
  if (isContentCurrent(db, bundle, region)) return;
  if (hasContent) context.backups.snapshot(db, 'before-content');
  try {
    importContent(db, bundle, region);
  } catch (error) {
    if (!hasContent || diskCause(error, context.dataDir) !== 'full') throw error;
    context.warn(`${diskSentence('full', context.dataDir)} The changed content could not be imported, so the kiosk keeps serving the content it already had.`);
  }
}
