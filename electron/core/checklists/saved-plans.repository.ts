import type { SavedPlan } from '../../../shared/checklist-schema.ts';
import type { Db } from '../db/open-database.ts';

export interface SavedPlansRepository {
  /** false when the code is taken (the caller draws another). */
  insert(code: string, plan: SavedPlan, day: string): boolean;
  get(code: string): SavedPlan | undefined;
  /** Deletes every plan saved before `day`; returns how many went. */
  deleteBefore(day: string): number;
  count(): number;
}

export function createSavedPlansRepository(db: Db): SavedPlansRepository {
  const insert = db.prepare(
    'INSERT INTO saved_plan (code, plan_json, saved_day) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING',
  );
  const select = db.prepare<[string], { plan_json: string }>('SELECT plan_json FROM saved_plan WHERE code = ?');
  const purge = db.prepare('DELETE FROM saved_plan WHERE saved_day < ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM saved_plan');
  return {
    insert: (code, plan, day) => insert.run(code, JSON.stringify(plan), day).changes === 1,
    get: (code) => {
      const row = select.get(code);
      return row ? (JSON.parse(row.plan_json) as SavedPlan) : undefined;
    },
    deleteBefore: (day) => purge.run(day).changes,
    count: () => count.get()?.n ?? 0,
  };
}
