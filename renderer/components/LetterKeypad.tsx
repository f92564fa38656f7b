/**
 * On-screen keys for a code of letters and digits (the staff recovery code, kiosk.json's setup code):
 * the lobby has no keyboard. Only the code's own alphabet is offered, in its order, so a recovery code
 * (31 signs, no 0/O or 1/I/L) needs no more keys than fit beside its field.
 */
export function LetterKeypad({
  alphabet,
  onKey,
  onDelete,
  onClear,
  labels,
}: {
  alphabet: string;
  onKey: (sign: string) => void;
  onDelete: () => void;
  onClear: () => void;
  labels: { delete: string; clear: string };
}) {
  return (
    <div className="keypad keypad--letters" dir="ltr">
      {[...alphabet].map((sign) => (
        <button
          key={sign}
          type="button"
          className="keypad__key keypad__key--digit keypad__key--letter"
          onClick={() => onKey(sign)}
        >
          {sign}
        </button>
      ))}
      <button type="button" className="keypad__key keypad__key--delete" onClick={onDelete}>
        {labels.delete}
      </button>
      <button type="button" className="keypad__key keypad__key--clear" onClick={onClear}>
        {labels.clear}
      </button>
    </div>
  );
}
