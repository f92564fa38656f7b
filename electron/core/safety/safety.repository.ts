import type { Locale } from '../../../shared/locales.ts';
import type { Region } from '../../../shared/regions.ts';
import type { SafetyAdviceView } from '../../../shared/safety-schema.ts';
import type { Db } from '../db/open-database.ts';

export interface SafetyRepository {
  /** Call inside the content import's transaction. */
  replaceAll(views: SafetyAdviceView[]): void;
  get(locale: Locale, region: Region): SafetyAdviceView | undefined;
}

export function createSafetyRepository(db: Db): SafetyRepository {
  const insert = db.prepare('INSERT INTO safety_advice (locale, region, view_json) VALUES (?, ?, ?)');
  const select = db.prepare<[string, string], { view_json: string }>(
    'SELECT view_json FROM safety_advice WHERE locale = ? AND region = ?',
  );
  return {
    replaceAll: (views) => {
      db.exec('DELETE FROM safety_advice');
      for (const v of views) insert.run(v.locale, v.region, JSON.stringify(v));
    },
    get: (locale, region) => {
      const row = select.get(locale, region);
      return row ? (JSON.parse(row.view_json) as SafetyAdviceView) : undefined;
    },
  };
}
