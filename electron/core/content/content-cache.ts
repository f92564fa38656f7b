import { LRUCache } from 'lru-cache';

/**
 * Values made from the compiled content (a parsed tutorial view, a language's list of summaries), kept in memory
 * while the content stays the same. Every call reads the stored content key (a one-row query) and drops the lot
 * when it changed, so an import (a new content pack, a region change: each writes through its own repository)
 * can never leave an old view served. Bounded, least recently used first out: a library ten times today's must
 * not all sit in memory on a 4 GB PC.
 *
 * Values are frozen: every caller gets the same object, and one that changed it would change it for the next
 * visitor.
 */
export function createContentCache<V extends object>(contentKey: () => string | undefined, max: number) {
  const cache = new LRUCache<string, V>({ max });
  let keyOfCache: string | undefined;
  return (key: string, make: () => V | undefined): V | undefined => {
    const current = contentKey();
    if (current !== keyOfCache) {
      cache.clear();
      keyOfCache = current;
    }
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const made = make();
    if (made !== undefined) cache.set(key, deepFreeze(made));
    return made;
  };
}
export type ContentCache<V extends object> = ReturnType<typeof createContentCache<V>>;

/** Freezes a value and everything in it: a cached answer shared by every caller must not be changed by one. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
