import { LOCALES } from '../../../shared/locales.ts';

export type LocalizedText = Partial<Record<(typeof LOCALES)[number], unknown>>;

/** Any object with an `en` key and only locale keys is a text or a phone label, in every language. */
export const isLocalized = (value: object): value is LocalizedText =>
  Object.hasOwn(value, 'en') && Object.keys(value).every((k) => (LOCALES as readonly string[]).includes(k));

/**
 * Visits every text and phone label below `raw` (a content file as parsed), with its path of keys
 * and array indices. The content checks that read all texts walk them the same way through here.
 */
export function forEachLocalized(raw: unknown, visit: (text: LocalizedText, path: string[]) => void, path: string[] = []): void {
  if (Array.isArray(raw)) raw.forEach((item, i) => forEachLocalized(item, visit, [...path, String(i)]));
  else if (raw && typeof raw === 'object') {
    if (isLocalized(raw)) visit(raw, path);
    else for (const [key, value] of Object.entries(raw)) forEachLocalized(value, visit, [...path, key]);
  }
}
