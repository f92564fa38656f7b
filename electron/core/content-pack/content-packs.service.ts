import { randomUUID } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import type {
  AppliedAnswer,
  ContentPackChanges,
  ContentPackStatus,
  ContentSourceView,
  OpenContentPackAnswer,
} from '../../../shared/content-pack-schema.ts';
import { KioskError } from '../../../shared/errors.ts';
import type { Region } from '../../../shared/regions.ts';
import type { BackupKeeper } from '../backup/backup-keeper.ts';
import { localDay } from '../checklists/local-day.ts';
import { readRevision } from '../content/content-revision.ts';
import type { Db } from '../db/open-database.ts';
import { createContentSourceRepository, type ContentSource } from './content-source.repository.ts';
import {
  applyPrepared,
  currentSource,
  rollBack,
  type ApplyContext,
  type ApplyPhase,
  type PackPlaces,
  type PreparedPack,
} from './pack-apply.ts';
import { contentChanges } from './pack-changes.ts';
import { PACK_LIMITS } from './pack-format.ts';
import { fingerprintForPeople, keyFingerprint, PackKeyError, packPublicKey, publicKeyBase64 } from './pack-keys.ts';
import { packOrder, PackRefused } from './pack-read.ts';
import { readAppKeys, type TrustedKey } from './trusted-keys.ts';
import { runCheck } from './pack-worker-run.ts';
import type { WriteGate } from './writes-wait.ts';

/** A pack staff picked but did not apply is let go after this long (its staging folder with it). */
export const TICKET_MS = 15 * 60 * 1000;

export interface ContentPacksDeps {
  db: Db;
  places: PackPlaces;
  /** The installed app's version: a pack may need a newer one. */
  appVersion: string;
  /** The app's own trusted keys (trusted-keys.ts). */
  appKeysDir: string;
  region: () => Region;
  backups: Pick<BackupKeeper, 'backUp'>;
  /** The database file and its migrations (the import's worker opens its own connection), and the worker. */
  dbFile: string;
  migrationsDir: string;
  workerFile: string;
  now: () => Date;
  warn: (message: string) => void;
  /** English titles of the tutorials served now: names what a pack removes. */
  currentTitles: () => Map<string, string>;
  /** Electron: the file dialog (undefined when closed). The browser shell has none: the page uploads the file. */
  choosePackFile?: (() => Promise<string | undefined>) | undefined;
  /** Tests stop the process here (the kill test). */
  onPhase?: (phase: ApplyPhase) => void | Promise<void>;
  /** Tests only: the import's database cannot grow (a full disk, simulated). */
  pinPages?: boolean;
  /** Keeps imports and the main connection's writes apart (writes-wait.ts). */
  gate: Pick<WriteGate, 'import'>;
}

type Pending = PreparedPack & { openedAt: number };

/**
 * The staff "Content updates" page's work (issue 19): what the kiosk serves, picking a pack (proven and checked
 * before anything changes), applying it, going back, and trusting another key. One pack waits per staff page.
 */
export function createContentPacks(deps: ContentPacksDeps) {
  const sources = createContentSourceRepository(deps.db);
  const appKeys = readAppKeys(deps.appKeysDir, deps.warn);
  const pending = new Map<string, Pending>();
  /** Tickets whose check is still running: their staging folders exist before they are pending. */
  const checking = new Set<string>();
  /**
   * Applies and rollbacks one at a time (two staff pages, a double tap): each reads what is current, moves folders
   * and sweeps the unused ones, and must not do so in the middle of another.
   */
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  const trustedKeys = (): TrustedKey[] => {
    const staffKeys = sources.addedKeys().map((k) => ({
      key: packPublicKey(k.publicKey),
      fingerprint: k.fingerprint,
      from: 'staff' as const,
      addedDay: k.addedDay,
    }));
    return [...appKeys, ...staffKeys.filter((k) => !appKeys.some((a) => a.fingerprint === k.fingerprint))];
  };
  const appRevision = () => readRevision(deps.places.appContentDir) ?? 0;
  const view = (s: ContentSource): ContentSourceView => ({
    kind: s.kind,
    // The app's own content is whatever its content/ holds now: an app update may have changed it since.
    revision: s.kind === 'app' ? appRevision() : s.revision,
    ...(s.packId !== undefined && { packId: s.packId }),
    ...(s.createdDay !== undefined && { createdDay: s.createdDay }),
    ...(s.signedBy !== undefined && { signedBy: fingerprintForPeople(s.signedBy) }),
  });
  const drop = (caller: string) => {
    const held = pending.get(caller);
    if (held) rmSync(held.stagingDir, { recursive: true, force: true });
    pending.delete(caller);
  };
  const dropExpired = () => {
    const now = deps.now().getTime();
    for (const [caller, held] of pending) if (now - held.openedAt > TICKET_MS) drop(caller);
  };
  const context = (): ApplyContext => ({
    db: deps.db,
    dbFile: deps.dbFile,
    migrationsDir: deps.migrationsDir,
    workerFile: deps.workerFile,
    ...(deps.pinPages && { pinPages: true }),
    places: deps.places,
    region: deps.region(),
    backups: deps.backups,
    gate: deps.gate,
    liveTickets: () => new Set([...pending.values()].map((p) => p.ticket).concat([...checking])),
    ...(deps.onPhase && { onPhase: deps.onPhase }),
  });
  const changesFrom = (
    before: ContentSource,
    after: ContentSource,
    newTitles: Map<string, string>,
  ): ContentPackChanges => {
    const oldTitles = deps.currentTitles();
    return contentChanges(before, after, (id) => newTitles.get(id) ?? oldTitles.get(id) ?? id);
  };
  const refused = (error: unknown) => {
    if (error instanceof PackRefused)
      return { outcome: 'refused' as const, reason: error.reason, message: error.message };
    throw error;
  };

  /** The pack to check: the bytes given, or the file staff pick in the dialog (read on the worker, not here). */
  async function packSource(
    given: Uint8Array | undefined,
  ): Promise<{ bytes: Uint8Array } | { file: string } | 'cancelled'> {
    if (given) return { bytes: given };
    if (!deps.choosePackFile)
      throw new KioskError('invalid_request', 'Send the pack file: this kiosk has no file dialog to pick one with.');
    const file = await deps.choosePackFile();
    if (file === undefined) return 'cancelled';
    try {
      // Measured before it is read: a 4 GB file on the stick is refused without filling memory.
      if (statSync(file).size > PACK_LIMITS.packBytes)
        throw new PackRefused(
          'too_large',
          `That file is over ${PACK_LIMITS.packBytes / 1024 / 1024} MB: it is not a content pack.`,
        );
      return { file };
    } catch (error) {
      if (error instanceof PackRefused) throw error;
      throw new PackRefused(
        'corrupt',
        `The file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): copy it again, or try another stick.`,
      );
    }
  }

  function status(): ContentPackStatus {
    const previous = sources.get('previous');
    return {
      current: view(currentSource(deps.db, deps.places)),
      ...(previous && { previous: view(previous) }),
      pickFile: deps.choosePackFile ? 'dialog' : 'upload',
      trustedKeys: trustedKeys().map((k) => ({
        fingerprint: fingerprintForPeople(k.fingerprint),
        from: k.from,
        ...(k.addedDay !== undefined && { addedDay: k.addedDay }),
      })),
    };
  }

  /** Applies the pack this caller opened; an older or the same revision only when staff confirmed it. */
  async function applyHeld(caller: string, ticket: string, allowOlder: boolean): Promise<AppliedAnswer> {
    dropExpired();
    const held = pending.get(caller);
    if (!held || held.ticket !== ticket)
      return {
        outcome: 'refused',
        reason: 'ticket_expired',
        message: 'That pack is no longer open here: pick the file again.',
      };
    const current = currentSource(deps.db, deps.places);
    const order = packOrder(held.manifest, { version: current.revision });
    if (order !== 'newer' && !allowOlder)
      return {
        outcome: 'refused',
        reason: 'older',
        message: `This kiosk serves content revision ${current.revision}; the pack is revision ${held.source.revision}. Confirm to go back to it.`,
      };
    pending.delete(caller);
    try {
      const applied = await applyPrepared(held, appRevision(), context());
      const changes = changesFrom(current, applied, titlesOf(held));
      deps.warn(`SafeCall: content pack revision ${applied.revision} (${applied.packId}) applied.`);
      return { outcome: 'applied', changes, status: status() };
    } catch (error) {
      return refused(error);
    }
  }

  async function goBack(): Promise<AppliedAnswer> {
    try {
      const titles = deps.currentTitles();
      const { from, to } = await rollBack(appRevision(), context());
      const changes = contentChanges(from, to, (id) => deps.currentTitles().get(id) ?? titles.get(id) ?? id);
      deps.warn(
        `SafeCall: content went back to revision ${to.revision} (${to.kind === 'pack' ? to.packId : "the app's own"}).`,
      );
      return { outcome: 'applied', changes, status: status() };
    } catch (error) {
      return refused(error);
    }
  }

  return {
    status,

    /**
     * Proves and checks the pack staff picked (its bytes: the page's upload, content:import's file; none: Electron's
     * dialog asks for it), and says what it would change; nothing served changes yet.
     */
    async open(caller: string, bytes: Uint8Array | undefined): Promise<OpenContentPackAnswer> {
      dropExpired();
      drop(caller);
      try {
        const pack = await packSource(bytes);
        if (pack === 'cancelled') return { outcome: 'cancelled' };
        // Proven and checked on the worker: seconds of work for a big pack, none of it on the visitors' thread.
        const ticket = randomUUID();
        checking.add(ticket);
        const prepared = await runCheck(deps.workerFile, {
          ...pack,
          ticket,
          trustedKeys: trustedKeys().map((k) => publicKeyBase64(k.key)),
          appVersion: deps.appVersion,
          dataDir: deps.places.dataDir,
          today: deps.now().toISOString(),
        }).finally(() => checking.delete(ticket));
        // Two opens from one page at once: the later one is the one kept.
        drop(caller);
        pending.set(caller, { ...prepared, openedAt: deps.now().getTime() });
        const current = currentSource(deps.db, deps.places);
        const after = { ...prepared.source, appRevision: appRevision() };
        return {
          outcome: 'ready',
          ticket: prepared.ticket,
          pack: { ...view(after), minAppVersion: prepared.manifest.minAppVersion },
          order: packOrder(prepared.manifest, { version: current.revision }),
          changes: changesFrom(current, after, titlesOf(prepared)),
        };
      } catch (error) {
        return refused(error);
      }
    },

    /** Applies the pack this caller opened (one apply or rollback at a time). */
    apply(caller: string, ticket: string, allowOlder: boolean): Promise<AppliedAnswer> {
      return oneAtATime(() => applyHeld(caller, ticket, allowOlder));
    },

    /** One tap back to the content served before the last change. */
    rollBack(): Promise<AppliedAnswer> {
      return oneAtATime(goBack);
    },

    /** A key staff add: first shown by its fingerprint, then trusted once they confirm it is the one on paper. */
    addKey(publicKey: string, confirm: boolean) {
      let key;
      try {
        key = packPublicKey(publicKey);
      } catch (error) {
        if (!(error instanceof PackKeyError)) throw error;
        return { outcome: 'refused' as const, reason: 'not_a_key' as const, message: error.message };
      }
      const fingerprint = keyFingerprint(key);
      if (!confirm) return { outcome: 'checked' as const, fingerprint: fingerprintForPeople(fingerprint) };
      sources.addKey(fingerprint, publicKeyBase64(key), localDay(deps.now()));
      return { outcome: 'added' as const, fingerprint: fingerprintForPeople(fingerprint), status: status() };
    },

    /** Lets go of every open pack (the core is closing). */
    close(): void {
      for (const caller of [...pending.keys()]) drop(caller);
    },
  };
}
export type ContentPacks = ReturnType<typeof createContentPacks>;

const titlesOf = (prepared: PreparedPack) => new Map(prepared.titles);
