import type { ReviewItem } from '../../../shared/api.ts';
import type { Db } from '../db/open-database.ts';

export interface ContentMetaRepository {
  hash(): string | undefined;
  reviewList(): ReviewItem[];
  /** Call inside the content import's transaction. */
  write(hash: string, review: ReviewItem[]): void;
}

export function createContentMetaRepository(db: Db): ContentMetaRepository {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM content_meta WHERE key = ?');
  const set = db.prepare('INSERT INTO content_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    hash: () => get.get('hash')?.value,
    reviewList: () => JSON.parse(get.get('review')?.value ?? '[]') as ReviewItem[],
    write: (hash, review) => {
      set.run('hash', hash);
      set.run('review', JSON.stringify(review));
    },
  };
}
