import type { Db } from '../db/open-database.ts';

export interface StoredSettings {
  json: string;
  /** Hash of the kiosk.json they came from; null for defaults or (later) staff changes. */
  provisionedFrom: string | null;
}

export interface SettingsRepository {
  read(): StoredSettings | undefined;
  write(settings: StoredSettings): void;
}

export function createSettingsRepository(db: Db): SettingsRepository {
  const select = db.prepare<[], { json: string; provisioned_from: string | null }>(
    'SELECT json, provisioned_from FROM kiosk_settings WHERE id = 1',
  );
  const upsert = db.prepare(
    'INSERT INTO kiosk_settings (id, json, provisioned_from) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json, provisioned_from = excluded.provisioned_from',
  );
  return {
    read: () => {
      const row = select.get();
      return row ? { json: row.json, provisionedFrom: row.provisioned_from } : undefined;
    },
    write: ({ json, provisionedFrom }) => {
      upsert.run(json, provisionedFrom);
    },
  };
}
