import 'i18next';
import type en from './locales/en/ui.json';

/**
 * The UI string keys are the English table's: `t('a.misspelled.key')` fails `npm run typecheck`
 * (tests/unit/renderer/i18n-keys.typetest.ts proves it). The other seven tables are held to the same
 * keys by tests/unit/renderer/ui-strings.test.ts. Keys built from a value (`t(\`display.size.${size}\`)`)
 * type-check when the value's type is a union of the allowed suffixes.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof en };
  }
}
