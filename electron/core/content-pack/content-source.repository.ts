import type { Db } from '../db/open-database.ts';

/** Where the content the database holds came from (migration 0010): the app's own content/, or a pack. */
export interface ContentSource {
  kind: 'app' | 'pack';
  /** The pack's id (its folder's name under <data>/content-packs/); only for a pack. */
  packId?: string;
  revision: number;
  /** The pack's creation day and its signer's fingerprint; only for a pack. */
  createdDay?: string;
  signedBy?: string;
  /** hashContentFiles of the folder it was imported from. */
  filesHash: string;
  /** The app's own content revision when this was chosen (content-source.ts: an app update's content may replace it). */
  appRevision: number;
  locales: string[];
  tutorials: string[];
  /** Path inside content/ -> sha256 of its bytes. */
  fileHashes: Record<string, string>;
}

export type Slot = 'current' | 'previous';

interface Row {
  kind: 'app' | 'pack';
  pack_id: string | null;
  revision: number;
  created_day: string | null;
  signed_by: string | null;
  files_hash: string;
  app_revision: number;
  locales: string;
  tutorials: string;
  file_hashes: string;
}

export interface ContentSourceRepository {
  get(slot: Slot): ContentSource | undefined;
  /** Writes both slots as one change; call inside the transaction that imports the content `current` names. */
  set(current: ContentSource, previous: ContentSource | undefined): void;
  /** Every pack id a slot names: the folders under content-packs/ that must be kept. */
  packIds(): Set<string>;
  /** Public keys staff added, oldest first. */
  addedKeys(): Array<{ fingerprint: string; publicKey: string; addedDay: string }>;
  addKey(fingerprint: string, publicKey: string, addedDay: string): void;
}

export function createContentSourceRepository(db: Db): ContentSourceRepository {
  const select = db.prepare<[Slot], Row>(
    `SELECT kind, pack_id, revision, created_day, signed_by, files_hash, app_revision, locales, tutorials, file_hashes
     FROM content_source WHERE slot = ?`,
  );
  const remove = db.prepare<[Slot]>('DELETE FROM content_source WHERE slot = ?');
  const insert = db.prepare(
    `INSERT INTO content_source (slot, kind, pack_id, revision, created_day, signed_by, files_hash, app_revision,
       locales, tutorials, file_hashes)
     VALUES (@slot, @kind, @pack_id, @revision, @created_day, @signed_by, @files_hash, @app_revision, @locales,
       @tutorials, @file_hashes)`,
  );
  const keys = db.prepare<[], { fingerprint: string; public_key: string; added_day: string }>(
    'SELECT fingerprint, public_key, added_day FROM content_pack_key ORDER BY added_day, fingerprint',
  );
  const insertKey = db.prepare(
    'INSERT INTO content_pack_key (fingerprint, public_key, added_day) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const write = (slot: Slot, s: ContentSource) =>
    insert.run({
      slot,
      kind: s.kind,
      pack_id: s.packId ?? null,
      revision: s.revision,
      created_day: s.createdDay ?? null,
      signed_by: s.signedBy ?? null,
      files_hash: s.filesHash,
      app_revision: s.appRevision,
      locales: JSON.stringify(s.locales),
      tutorials: JSON.stringify(s.tutorials),
      file_hashes: JSON.stringify(s.fileHashes),
    });
  const get = (slot: Slot): ContentSource | undefined => {
    const row = select.get(slot);
    if (!row) return undefined;
    return {
      kind: row.kind,
      ...(row.pack_id !== null && { packId: row.pack_id }),
      revision: row.revision,
      ...(row.created_day !== null && { createdDay: row.created_day }),
      ...(row.signed_by !== null && { signedBy: row.signed_by }),
      filesHash: row.files_hash,
      appRevision: row.app_revision,
      locales: JSON.parse(row.locales) as string[],
      tutorials: JSON.parse(row.tutorials) as string[],
      fileHashes: JSON.parse(row.file_hashes) as Record<string, string>,
    };
  };
  return {
    get,
    set: db.transaction((current: ContentSource, previous: ContentSource | undefined) => {
      remove.run('current');
      remove.run('previous');
      write('current', current);
      if (previous) write('previous', previous);
    }),
    packIds: () =>
      new Set(
        (['current', 'previous'] as const).flatMap((slot) => {
          const id = get(slot)?.packId;
          return id === undefined ? [] : [id];
        }),
      ),
    addedKeys: () =>
      keys.all().map((k) => ({ fingerprint: k.fingerprint, publicKey: k.public_key, addedDay: k.added_day })),
    addKey: (fingerprint, publicKey, addedDay) => {
      insertKey.run(fingerprint, publicKey, addedDay);
    },
  };
}
