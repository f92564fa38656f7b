import type { TFunction } from 'i18next';
import type { TextSize } from '../flow/journey.ts';

/**
 * Never run: `npm run typecheck` (the renderer's tsconfig) checks it. Each @ts-expect-error line must
 * fail to type-check, or the check itself fails ("unused @ts-expect-error"): a misspelled or missing
 * UI key is a type error, as are template keys whose value may fall outside the table.
 */
export function uiKeysAreTyped(t: TFunction, size: TextSize, anyText: string): string[] {
  return [
    t('nav.moreBelow'),
    t(`display.size.${size}`),
    // @ts-expect-error -- misspelled: the table has nav.moreBelow
    t('nav.moreBellow'),
    // @ts-expect-error -- no table has this key
    t('a.missing.key'),
    // @ts-expect-error -- a template key built from any string may name a key that does not exist
    t(`display.size.${anyText}`),
  ];
}
