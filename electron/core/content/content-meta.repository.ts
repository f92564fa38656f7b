import type { ReviewItem } from '../../../shared/api.ts';
import type { Db } from '../db/open-database.ts';
import type { PrintData } from '../checklists/checklists.compile.ts';
import type { PlanData } from '../plans/plans.compile.ts';

export interface ContentMetaRepository {
  hash(): string | undefined;
  reviewList(): ReviewItem[];
  planData(): PlanData | undefined;
  printData(): PrintData | undefined;
  /** Call inside the content import's transaction. `hash` is the content key (content-key.ts). */
  write(hash: string, review: ReviewItem[], plan: PlanData, print: PrintData): void;
}

export function createContentMetaRepository(db: Db): ContentMetaRepository {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM content_meta WHERE key = ?');
  const set = db.prepare('INSERT INTO content_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    hash: () => get.get('hash')?.value,
    reviewList: () => JSON.parse(get.get('review')?.value ?? '[]') as ReviewItem[],
    planData: () => {
      const value = get.get('plan')?.value;
      return value === undefined ? undefined : (JSON.parse(value) as PlanData);
    },
    printData: () => {
      const value = get.get('print')?.value;
      return value === undefined ? undefined : (JSON.parse(value) as PrintData);
    },
    write: (hash, review, plan, print) => {
      set.run('print', JSON.stringify(print));
      set.run('hash', hash);
      set.run('review', JSON.stringify(review));
      set.run('plan', JSON.stringify(plan));
    },
  };
}
