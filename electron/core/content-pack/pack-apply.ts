import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { LOCALES } from '../../../shared/locales.ts';
import type { Region } from '../../../shared/regions.ts';
import type { BackupKeeper } from '../backup/backup-keeper.ts';
import { ContentError, formatProblem } from '../content/content-files.ts';
import { loadContent } from '../content/content-loader.ts';
import { ImportFailed, runImport } from './pack-worker-run.ts';
import type { WriteGate } from './writes-wait.ts';
import type { Db } from '../db/open-database.ts';
import { diskCause, diskSentence } from '../startup-failure.ts';
import { createContentSourceRepository, type ContentSource } from './content-source.repository.ts';
import { checkPackContent } from './pack-content.ts';
import {
  describeFolder,
  packFolder,
  packsRoot,
  removeUnusedPackFolders,
  stagingFolder,
  syncFolder,
} from './pack-folders.ts';
import { openPack, PackRefused, type OpenOptions } from './pack-read.ts';
import type { PackManifest } from './pack-format.ts';
import { appSource } from './served-content.ts';

export interface PackPlaces {
  dataDir: string;
  /** The app's own content/ folder. */
  appContentDir: string;
}

/** Where an apply stands; a test stops the process at each one (tests/integration/content-pack/kill-apply). */
export type ApplyPhase = 'folder_in_place' | 'imported_not_committed' | 'committed';

export interface ApplyContext {
  db: Db;
  /** The database file and its migrations, for the worker's own connection. */
  dbFile: string;
  migrationsDir: string;
  /** pack-import-worker.ts, or its bundle (dist/electron/pack-import-worker.cjs) in the app. */
  workerFile: string;
  places: PackPlaces;
  region: Region;
  backups: Pick<BackupKeeper, 'backUp'>;
  /** The open tickets' staging folders, kept when unused folders are swept. */
  liveTickets: () => ReadonlySet<string>;
  /** Tests: told each phase; inside the transaction a returned promise holds the worker until it settles. */
  onPhase?: (phase: ApplyPhase) => void | Promise<void>;
  /** Tests only: the worker's database cannot grow (a full disk, simulated). */
  pinPages?: boolean;
  /** Keeps the import and the main connection's writes apart (writes-wait.ts). */
  gate: Pick<WriteGate, 'import'>;
}

/**
 * A pack proven, checked and unpacked into its staging folder, waiting for staff to apply it. Plain data: it is made
 * on the worker thread (pack-import-worker.ts) and handed back.
 */
export interface PreparedPack {
  ticket: string;
  manifest: PackManifest;
  stagingDir: string;
  /** Its record once applied (appRevision is set then). */
  source: Omit<ContentSource, 'appRevision'>;
  /** Each tutorial's English title, by id: names what the pack adds and changes. */
  titles: Array<[string, string]>;
}

/** Lets the server answer other pages between the long steps: visitors are served while staff import. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const isDiskFull = (error: unknown, dataDir: string) =>
  (error as { code?: unknown }).code === 'SQLITE_FULL' ||
  (error as NodeJS.ErrnoException).code === 'ENOSPC' ||
  diskCause(error, dataDir) === 'full';

/** Another program (content:import beside a running kiosk) held the database's write lock. */
const isBusy = (error: unknown) => /^SQLITE_BUSY/.test(String((error as { code?: unknown }).code));
const busy = () =>
  new PackRefused('busy', 'The database was busy with another change, so nothing changed. Try again in a minute.');

const diskFull = (dataDir: string, what: string) =>
  new PackRefused(
    'disk_full',
    `${diskSentence('full', dataDir)} ${what} Nothing changed: the kiosk serves the content it had.`,
  );

/**
 * Proves a pack (signature, every hash, sizes, paths, app version: pack-read.ts), unpacks it into a staging folder
 * under the data folder, and runs every content:check rule on it there. Nothing the kiosk serves changes; a refused
 * pack leaves no folder behind.
 */
export async function preparePack(
  bytes: Uint8Array,
  ticket: string,
  options: OpenOptions & { dataDir: string; today: Date },
): Promise<PreparedPack> {
  const opened = openPack(bytes, options);
  const missing = LOCALES.filter((l) => !opened.manifest.locales.includes(l));
  if (missing.length > 0)
    throw new PackRefused(
      'missing_locale',
      `The pack has no content in ${missing.join(', ')}: this kiosk speaks ${LOCALES.length} languages, and every guide must be in each.`,
    );
  await nextTurn();
  const stagingDir = stagingFolder(options.dataDir, ticket);
  try {
    mkdirSync(packsRoot(options.dataDir), { recursive: true, mode: 0o700 });
    const report = checkPackContent(opened, stagingDir, options.today);
    if (report.errors.length > 0)
      throw new PackRefused(
        'content_invalid',
        `The pack's content fails the content check (${report.errors.length} problem${report.errors.length === 1 ? '' : 's'}):\n${report.errors.slice(0, 5).map(formatProblem).join('\n')}`,
      );
    await nextTurn();
    const bundle = loadContent(stagingDir);
    const { manifest } = opened;
    return {
      ticket,
      manifest,
      stagingDir,
      titles: bundle.tutorials.map((t) => [t.id, t.title.en]),
      source: {
        kind: 'pack',
        packId: manifest.packId,
        revision: manifest.version,
        createdDay: manifest.created.slice(0, 10),
        signedBy: opened.keyFingerprint,
        filesHash: bundle.hash,
        locales: [...manifest.locales],
        tutorials: bundle.tutorials.map((t) => t.id),
        fileHashes: { ...manifest.files },
      },
    };
  } catch (error) {
    rmSync(stagingDir, { recursive: true, force: true });
    if (error instanceof PackRefused) throw error;
    if (error instanceof ContentError)
      throw new PackRefused(
        'content_invalid',
        `The pack's content cannot be read:\n${error.problems.slice(0, 5).map(formatProblem).join('\n')}`,
      );
    if (isDiskFull(error, options.dataDir)) throw diskFull(options.dataDir, 'The pack could not be unpacked.');
    throw error;
  }
}

/** What the database serves now, as a record: a kiosk from before packs has none, and serves the app's content. */
export function currentSource(db: Db, places: PackPlaces): ContentSource {
  const recorded = createContentSourceRepository(db).get('current');
  // The app's own content is what its content/ holds now (the start-up imported it): an update may have changed it.
  return recorded?.kind === 'pack' ? recorded : appSource(places.appContentDir);
}

/**
 * Applies a prepared pack: its folder is put in place first (content-packs/<pack id>), the database is backed up
 * (online, between visitors' calls), then one transaction on a worker thread compiles the content and records it as
 * current, the content it replaces as previous (pack-import-worker.ts): visitors are served the old content until
 * the commit, then the new. Killed anywhere, the kiosk holds the old content and record or the new ones, never a
 * mix: a folder no record names is deleted at the next start (served-content.ts). A full disk refuses it the same
 * way, with the old content served.
 */
export async function applyPrepared(
  prepared: PreparedPack,
  appRevision: number,
  context: ApplyContext,
): Promise<ContentSource> {
  const { db, places } = context;
  const packId = prepared.source.packId as string;
  const folder = packFolder(places.dataDir, packId);
  const next: ContentSource = { ...prepared.source, appRevision };
  const sources = createContentSourceRepository(db);
  const previous = currentSource(db, places);
  try {
    // The same pack kept as "previous" is the same files: it is used as it is.
    if (existsSync(folder) && describeFolder(folder).filesHash === next.filesHash)
      rmSync(prepared.stagingDir, { recursive: true, force: true });
    else {
      rmSync(folder, { recursive: true, force: true });
      renameSync(prepared.stagingDir, folder);
      // On the disk before the database names it: after a power cut, a record never points at a folder half there.
      syncFolder(packsRoot(places.dataDir));
    }
    tellPhase(context, 'folder_in_place');
    await backUpFirst(context);
    // Installing the pack already served again keeps what it had replaced as the one to go back to.
    const keep = previous.kind === 'pack' && previous.packId === packId ? sources.get('previous') : previous;
    await importOnWorker(folder, next, keep, context);
  } catch (error) {
    sweep(context);
    if (isDiskFull(error, places.dataDir)) throw diskFull(places.dataDir, 'The pack could not be applied.');
    if (isBusy(error)) throw busy();
    throw error;
  }
  tellPhase(context, 'committed');
  sweep(context);
  return next;
}

/**
 * Goes back to the content served before the last change (a pack, or the app's own content): its files are proven
 * against the record first, then applied the same way, in one transaction; the content left becomes the one to go
 * back to, so a second tap undoes the first.
 */
export async function rollBack(
  appRevision: number,
  context: ApplyContext,
): Promise<{ from: ContentSource; to: ContentSource }> {
  const { db, places } = context;
  const sources = createContentSourceRepository(db);
  const previous = sources.get('previous');
  if (!previous)
    throw new PackRefused('nothing_to_roll_back', 'There is no earlier content to go back to on this kiosk.');
  const from = currentSource(db, places);
  const dir = previous.kind === 'pack' ? packFolder(places.dataDir, previous.packId as string) : places.appContentDir;
  const to: ContentSource = previous.kind === 'pack' ? { ...previous, appRevision } : appSource(places.appContentDir);
  const damaged = () =>
    new PackRefused(
      'previous_damaged',
      `The earlier content's files (${dir}) are missing or changed, so the kiosk cannot go back to it. Install that pack again instead.`,
    );
  if (previous.kind === 'pack' && describeFolder(dir).filesHash !== previous.filesHash) throw damaged();
  await backUpFirst(context);
  try {
    await importOnWorker(dir, to, from, context);
  } catch (error) {
    if (isDiskFull(error, places.dataDir)) throw diskFull(places.dataDir, 'The kiosk could not go back.');
    if (isBusy(error)) throw busy();
    if (error instanceof ImportFailed && error.name === 'ImportFailed(ContentError)') throw damaged();
    throw error;
  }
  sweep(context);
  return { from, to };
}

/** Tests' hook; a hook that fails is no reason for the apply to (it is only told where it is). */
function tellPhase(context: ApplyContext, phase: ApplyPhase): void {
  try {
    void Promise.resolve(context.onPhase?.(phase)).catch(() => undefined);
  } catch {
    // As above.
  }
}

/** The database as it was, kept before its content changes: without it, nothing changes. */
async function backUpFirst(context: ApplyContext): Promise<void> {
  if (await context.backups.backUp(context.db, 'before-content')) return;
  throw new PackRefused(
    'backup_failed',
    'The database could not be backed up first (Kiosk health says why), so nothing changed. Free some disk space and try again.',
  );
}

function importOnWorker(
  contentDir: string,
  next: ContentSource,
  previous: ContentSource | undefined,
  context: ApplyContext,
): Promise<void> {
  return context.gate.import(() =>
    runImport(
      context.workerFile,
      {
        dbFile: context.dbFile,
        migrationsDir: context.migrationsDir,
        contentDir,
        region: context.region,
        next,
        previous,
        ...(context.pinPages && { pinPages: true }),
      },
      context.onPhase,
    ),
  );
}

function sweep(context: ApplyContext): void {
  removeUnusedPackFolders(
    context.places.dataDir,
    createContentSourceRepository(context.db).packIds(),
    context.liveTickets(),
  );
}
