/**
 * Pictures on the kiosk's own buttons, so the urgent ones can be found before any language is
 * chosen, and the others at a glance: drawn here, no image files, the same in every script.
 */
const PATHS = {
  // A phone handset with a warning mark: someone is calling me now.
  'call-alert':
    'M10 6h7l3 8-4 3a22 22 0 0 0 11 11l3-4 8 3v7a3 3 0 0 1-3 3A33 33 0 0 1 7 9a3 3 0 0 1 3-3zM38 6v10m0 6v1',
  // A banknote with a raised hand's stop: I already paid.
  'money-stop': 'M4 14h30v18H4zM19 23m-4 0a4 4 0 1 0 8 0 4 4 0 1 0-8 0M38 20l6 6m0-6-6 6',
  // A raised hand: I need help.
  hand: 'M16 26V10a3 3 0 0 1 6 0v12m0-14a3 3 0 0 1 6 0v14m0-12a3 3 0 0 1 6 0v14m0-8a3 3 0 0 1 6 0v12c0 8-6 14-14 14h-2c-6 0-9-3-12-8l-6-9a3 3 0 0 1 5-3l5 6',
  // A globe: the visitor's language.
  globe:
    'M24 44a20 20 0 1 0 0-40 20 20 0 0 0 0 40zM4 24h40M24 4c6 6 8 13 8 20s-2 14-8 20M24 4c-6 6-8 13-8 20s2 14 8 20',
  // A circular arrow: start over.
  restart: 'M10 24a14 14 0 1 0 4-10M10 6v8h8',
} as const;
export type ChromeIconName = keyof typeof PATHS;

export function ChromeIcon({ name }: { name: ChromeIconName }) {
  return (
    <svg className="top-bar__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="3.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
