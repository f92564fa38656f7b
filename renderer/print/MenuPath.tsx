import { Fragment } from 'react';
import type { Locale, TextDirection } from '../../shared/locales.ts';
import type { PhoneLocale, PhoneWordView } from '../../shared/phone-picture.ts';
import { PhoneText } from '../components/PhoneText.tsx';
import { parseMenuPath, type PathStep } from './menu-path.ts';

/**
 * phone-language: the phone's `{{id}}` words in a path, shown by the one rule (shared/phone-words.ts).
 * Resolved inside each run of words, after the path is split: a gloss's brackets are never read as a note.
 */
export interface PathWords {
  words: Readonly<Record<string, PhoneWordView>>;
  phone: PhoneLocale;
  reading: Locale;
}

/**
 * The separator between two steps, drawn (not a font glyph: every printer shows it, no symbol font
 * to embed) and pointing the way the line reads: right in a left-to-right language, left in Arabic.
 */
function Arrow({ dir }: { dir: TextDirection }) {
  return (
    <svg
      className="menu-path__arrow"
      viewBox="0 0 20 20"
      aria-hidden="true"
      data-points={dir === 'rtl' ? 'left' : 'right'}
    >
      <path
        d={dir === 'rtl' ? 'M17 10H4M9.5 4.5L4 10l5.5 5.5' : 'M3 10h13M10.5 4.5L16 10l-5.5 5.5'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function Steps({ steps, dir, words }: { steps: PathStep[]; dir: TextDirection; words?: PathWords | undefined }) {
  return steps.map((step, i) => (
    <Fragment key={i}>
      {i > 0 && (
        <>
          <Arrow dir={dir} />{' '}
        </>
      )}
      {/* Each step is isolated in the line's direction, and each run of words in it again in its own
          (dir="auto": an English label reads left to right inside an Arabic line), so the bidi
          algorithm can never merge neighbouring labels or move a step out of its place. */}
      <bdi className="menu-path__step" dir={dir}>
        {step.parts.map((part, j) => (
          <Fragment key={j}>
            {part.kind === 'text' ? (
              <bdi className="menu-path__words" dir="auto">
                {words && part.text.includes('{{') ? <PhoneText text={part.text} {...words} /> : part.text}
              </bdi>
            ) : (
              <>
                <bdi className="menu-path__note" dir={dir}>
                  {part.open}
                  <Steps steps={part.steps} dir={dir} words={words} />
                  {part.close}
                </bdi>
                {/* Shown instead of the note where a sheet condenses its second language (print.css). */}
                <span className="menu-path__elided" aria-hidden="true">
                  {`${part.open}…${part.close}`}
                </span>
              </>
            )}
            {part.after}
          </Fragment>
        ))}
      </bdi>
    </Fragment>
  ));
}

/**
 * A menu path ("Settings > Apps > Phone > Silence (iOS 18: …)") printed so it reads in order in any
 * direction: split into steps at each ">", every step and every run of words isolated, the
 * separators drawn as arrows pointing the reading direction, bracketed notes (other iOS versions,
 * "or …") kept whole beside their step. `dir` is the direction of the path's language, not of its
 * first word: an Arabic path that starts with "Settings" still reads right to left. Its styles are
 * in menu-path.css (print.css imports it; a screen that shows paths imports it too).
 */
export function MenuPath({
  path,
  dir,
  className,
  words,
}: {
  path: string;
  dir: TextDirection;
  className?: string;
  /** phone-language: the phone words the path names, the visitor's phone language and the path's language. */
  words?: PathWords | undefined;
}) {
  return (
    <span className={`menu-path${className ? ` ${className}` : ''}`} dir={dir}>
      <Steps steps={parseMenuPath(path)} dir={dir} words={words} />
    </span>
  );
}
