import type { PhoneGesture } from '../../../shared/phone-picture.ts';

/** Gestures made on one row or icon (drawn there); the others are made on the whole screen. */
export const ROW_GESTURES: ReadonlySet<PhoneGesture> = new Set(['swipe-row-left', 'long-press']);

/** Each gesture's arrow, on a 100 x 100 box placed by phone.css: the way the finger moves. */
const ARROWS: Record<PhoneGesture, { d: string; box?: string; width?: number }> = {
  // Scrolling down the list: the finger moves up the glass.
  'scroll-down': { d: 'M50 88V14M30 34l20-20 20 20' },
  'scroll-to-bottom': { d: 'M50 88V14M30 34l20-20 20 20M30 52l20-20 20 20' },
  'scroll-up': { d: 'M50 12v74M30 66l20 20 20-20' },
  'swipe-down-middle': { d: 'M50 12v74M30 66l20 20 20-20' },
  'swipe-down-top-right': { d: 'M50 12v74M30 66l20 20 20-20' },
  'swipe-up-bottom': { d: 'M50 88V14M30 34l20-20 20 20' },
  'swipe-row-left': { d: 'M94 15H8M20 5 8 15l12 10', box: '0 0 100 30', width: 4 },
  'long-press': { d: '' },
};

/**
 * The hand movement a step asks for: a fingertip and an arrow. On screen the fingertip travels the
 * arrow, pausing between rounds (phone.css); under reduced motion and on paper only the still arrow
 * and the fingertip at its start remain. A long press is a fingertip with a ring around it.
 */
export function Gesture({ gesture }: { gesture: PhoneGesture }) {
  const arrow = ARROWS[gesture];
  return (
    <span className={`phone-gesture phone-gesture--${gesture}`} data-gesture={gesture} aria-hidden="true">
      {arrow.d && (
        <svg className="phone-gesture__arrow" viewBox={arrow.box ?? '0 0 100 100'}>
          <path
            d={arrow.d}
            fill="none"
            stroke="currentColor"
            strokeWidth={arrow.width ?? 8}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      )}
      {gesture === 'long-press' && <span className="phone-gesture__ring" />}
      <span className="phone-gesture__finger" />
    </span>
  );
}
