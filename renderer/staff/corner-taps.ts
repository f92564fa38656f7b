/** Taps in the corner that open the staff PIN pad, and how quickly they must come. */
export const CORNER_TAPS = 5;
export const CORNER_WINDOW_MS = 3000;
/** The corner's size in CSS pixels: about a fingertip and a half, so a visitor rarely lands there by chance. */
export const CORNER_SIZE = 80;

export interface Tap {
  x: number;
  y: number;
  /** The page's width and reading direction: the corner is on the side the text starts from. */
  width: number;
  dir: 'ltr' | 'rtl';
}

/**
 * The hidden way into staff mode: five taps within three seconds in the top corner where the kiosk's
 * name sits (top left, or top right in Arabic). The urgent buttons sit at the other end of the top bar
 * and the step buttons at the foot, so a visitor pressing for help never comes near it. Returns, for
 * each tap, whether it was the fifth.
 */
export function createCornerTaps(now: () => number = () => Date.now()): (tap: Tap) => boolean {
  let times: number[] = [];
  return ({ x, y, width, dir }) => {
    const inCorner = y <= CORNER_SIZE && (dir === 'rtl' ? x >= width - CORNER_SIZE : x <= CORNER_SIZE);
    // A tap anywhere else starts the count again: the five must come together.
    if (!inCorner) {
      times = [];
      return false;
    }
    const at = now();
    times = [...times.filter((t) => at - t < CORNER_WINDOW_MS), at];
    if (times.length < CORNER_TAPS) return false;
    times = [];
    return true;
  };
}
