import { useEffect, useRef, type RefObject } from 'react';
import { Keypad } from './Keypad.tsx';
import { LetterKeypad } from './LetterKeypad.tsx';

const DIGITS = '0123456789';

/**
 * One code field and the telephone keypad under it, as a form: the checklist code (visitor) and the
 * staff PIN pad share it, so the keys, their sizes and how a physical keyboard types stay one thing.
 * The keys are the keyboard (inputMode none: no system keyboard covers them); a physical keyboard types
 * the same way, always at the end, so a shown spacing never moves the caret. A code of letters (the
 * staff recovery and setup codes) gets the letter keys of its alphabet instead, typed in any case.
 */
export function KeypadForm({
  id,
  label,
  value,
  shown = value,
  maxLength,
  secret = false,
  invalid,
  problemId,
  keyLabels,
  alphabet = DIGITS,
  onChange,
  onSubmit,
}: {
  id: string;
  label: string;
  /** The digits typed so far. */
  value: string;
  /** How they read in the field ("1234 5678"); the digits themselves unless given. */
  shown?: string;
  maxLength: number;
  /** A PIN: dots, never the digits. */
  secret?: boolean;
  invalid: boolean;
  /** The message under the keypad that explains a problem, when there is one. */
  problemId: string | undefined;
  /** The two word keys, when the pad is not the visitor's (the staff pad speaks English). */
  keyLabels?: { delete: string; clear: string };
  /** The signs the code is made of (upper case): digits unless given; anything else typed is dropped. */
  alphabet?: string;
  onChange: (digits: string) => void;
  onSubmit: () => void;
}) {
  const change = (next: string) =>
    onChange(
      [...next.toUpperCase()]
        .filter((sign) => alphabet.includes(sign))
        .join('')
        .slice(0, maxLength),
    );
  const typed = (key: string) => key.length === 1 && alphabet.includes(key.toUpperCase());
  return (
    <form
      className="resume__form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div className="resume__field">
        <label htmlFor={id} className="resume__label">
          {label}
        </label>
        <input
          id={id}
          className="resume__code"
          type={secret ? 'password' : 'text'}
          dir="ltr"
          inputMode="none"
          autoComplete="off"
          spellCheck={false}
          value={shown}
          aria-invalid={invalid}
          aria-describedby={problemId}
          // Typing arrives through onKeyDown; a controlled field still needs a change handler.
          onChange={() => undefined}
          onKeyDown={(e) => {
            if (typed(e.key) && !e.ctrlKey && !e.altKey && !e.metaKey) change(value + e.key);
            else if (e.key === 'Backspace' || e.key === 'Delete') change(value.slice(0, -1));
            else return; // Enter submits the form; Tab moves on
            e.preventDefault();
          }}
          onPaste={(e) => {
            e.preventDefault();
            // A PIN is never pasted: it would have had to be written down somewhere to be copied.
            if (!secret) change(value + e.clipboardData.getData('text'));
          }}
        />
      </div>
      {alphabet === DIGITS ? (
        <Keypad
          onDigit={(d) => change(value + d)}
          onDelete={() => change(value.slice(0, -1))}
          onClear={() => change('')}
          {...(keyLabels && { labels: keyLabels })}
        />
      ) : (
        <LetterKeypad
          alphabet={alphabet}
          onKey={(sign) => change(value + sign)}
          onDelete={() => change(value.slice(0, -1))}
          onClear={() => change('')}
          labels={keyLabels ?? { delete: 'Delete', clear: 'Clear all' }}
        />
      )}
    </form>
  );
}

/**
 * The message under a keypad lands below the fold at large text and under the "more below" sign: when
 * one appears, the screen comes to its end, so the whole message sits just above the buttons.
 */
export function useProblemInView(problem: unknown): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!problem) return;
    const scroller = ref.current?.closest('.app__scroll');
    scroller?.scrollTo({ top: scroller.scrollHeight });
  }, [problem]);
  return ref;
}
