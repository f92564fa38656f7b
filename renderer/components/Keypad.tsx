import { useTranslation } from 'react-i18next';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * A telephone-style number pad (1 2 3 on top, as on the visitor's phone), laid out left to right in
 * every language: digits on a code are not words, and the sheet prints them the same way.
 */
export function Keypad({
  onDigit,
  onDelete,
  onClear,
  labels,
}: {
  onDigit: (digit: string) => void;
  onDelete: () => void;
  onClear: () => void;
  /** The two word keys, when the pad is not the visitor's (the staff PIN pad speaks English). */
  labels?: { delete: string; clear: string };
}) {
  const { t } = useTranslation();
  const key = (d: string) => (
    <button key={d} type="button" className="keypad__key keypad__key--digit" onClick={() => onDigit(d)}>
      {d}
    </button>
  );
  return (
    <div className="keypad" dir="ltr">
      {DIGITS.map(key)}
      <button type="button" className="keypad__key keypad__key--delete" dir="auto" onClick={onDelete}>
        {labels?.delete ?? t('resume.clear')}
      </button>
      {key('0')}
      {/* After a wrong code, one tap starts again rather than eight. */}
      <button type="button" className="keypad__key keypad__key--clear" dir="auto" onClick={onClear}>
        {labels?.clear ?? t('resume.clearAll')}
      </button>
    </div>
  );
}
