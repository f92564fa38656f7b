/**
 * The backs of two phones, drawn from plain shapes for "let's find out": no maker's logo is copied
 * or imitated. What tells them apart is said in words beside them (an apple on the back means an
 * iPhone); the pictures only show where to look: a small mark in the middle of the back, or a maker's
 * name printed on it. Physical objects, so they are not mirrored in right-to-left languages.
 */
const BODY = { x: 8, y: 4, width: 104, height: 212, rx: 20 };

/** A phone back with a square camera block at the top corner and one small mark in the middle. */
export function IphoneBack() {
  return (
    <svg className="phone-back" viewBox="0 0 120 220" aria-hidden="true" focusable="false">
      <rect {...BODY} className="phone-back__body" />
      <rect x="18" y="14" width="44" height="44" rx="12" className="phone-back__block" />
      <circle cx="31" cy="27" r="8" className="phone-back__lens" />
      <circle cx="31" cy="46" r="8" className="phone-back__lens" />
      <circle cx="50" cy="36" r="8" className="phone-back__lens" />
      {/* Where the mark is: a plain dot in a ring, not a drawing of any logo. */}
      <circle cx="60" cy="112" r="15" className="phone-back__look" />
      <circle cx="60" cy="112" r="6" className="phone-back__mark" />
    </svg>
  );
}

/** A phone back with a row of lenses down the corner and a maker's name (drawn as a bar) near the bottom. */
export function AndroidBack() {
  return (
    <svg className="phone-back" viewBox="0 0 120 220" aria-hidden="true" focusable="false">
      <rect {...BODY} className="phone-back__body" />
      <circle cx="28" cy="26" r="8" className="phone-back__lens" />
      <circle cx="28" cy="46" r="8" className="phone-back__lens" />
      <circle cx="28" cy="66" r="8" className="phone-back__lens" />
      {/* A word printed on the back: the maker's name, whatever it is. */}
      <rect x="30" y="168" width="60" height="12" rx="6" className="phone-back__look" />
      <rect x="38" y="172" width="44" height="4" rx="2" className="phone-back__mark" />
    </svg>
  );
}
