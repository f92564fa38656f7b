import 'i18next';
import type en from './locales/en/ui.json';
import type practice from './locales/en/practice.json';

/**
 * The UI string keys are the English table's: `t('a.misspelled.key')` fails `npm run typecheck`
 * (tests/unit/renderer/i18n-keys.typetest.ts proves it). The other seven tables are held to the same
 * keys by tests/unit/renderer/ui-strings.test.ts. Keys built from a value (`t(\`display.size.${size}\`)`)
 * type-check when the value's type is a union of the allowed suffixes.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    // The practice calls' words come with their chunk (i18n/practice-strings.ts), under the same `practice.`.
    resources: { ui: typeof en & { practice: typeof en.practice & typeof practice } };
  }
}
