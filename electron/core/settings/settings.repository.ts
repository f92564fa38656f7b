import type { Db } from '../db/open-database.ts';

export interface SettingsRepository {
  readJson(): string | undefined;
  writeJson(json: string): void;
}

export function createSettingsRepository(db: Db): SettingsRepository {
  const select = db.prepare<[], { json: string }>('SELECT json FROM kiosk_settings WHERE id = 1');
  const upsert = db.prepare('INSERT INTO kiosk_settings (id, json) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json');
  return {
    readJson: () => select.get()?.json,
    writeJson: (json) => {
      upsert.run(json);
    },
  };
}
