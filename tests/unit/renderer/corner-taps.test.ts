import { describe, expect, it } from 'vitest';
import { createCornerTaps, type Tap } from '../../../renderer/staff/corner-taps.ts';
import { isStaffShortcut } from '../../../renderer/staff/use-staff-entry.ts';

const WIDTH = 1280;
const clock = () => {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};
const taps = (tap: (t: Tap) => boolean, at: Tap, count: number, advance: () => void) =>
  Array.from({ length: count }, () => {
    const fifth = tap(at);
    advance();
    return fifth;
  });

describe('the hidden staff corner', () => {
  it('opens on the fifth tap within three seconds in the top-left corner, and counts again after', () => {
    const c = clock();
    const tap = createCornerTaps(c.now);
    const corner: Tap = { x: 10, y: 10, width: WIDTH, dir: 'ltr' };
    expect(taps(tap, corner, 5, () => c.advance(700))).toEqual([false, false, false, false, true]);
    expect(taps(tap, corner, 4, () => c.advance(700))).toEqual([false, false, false, false]);
  });

  it('does not open when the five taps take three seconds or more', () => {
    const c = clock();
    const tap = createCornerTaps(c.now);
    const corner: Tap = { x: 10, y: 10, width: WIDTH, dir: 'ltr' };
    expect(taps(tap, corner, 5, () => c.advance(750))).toEqual([false, false, false, false, false]);
  });

  it('is the top-right corner in a right-to-left language, where the name sits; the other corners never open it', () => {
    const c = clock();
    const tap = createCornerTaps(c.now);
    const step = () => c.advance(100);
    expect(taps(tap, { x: WIDTH - 10, y: 10, width: WIDTH, dir: 'rtl' }, 5, step).at(-1)).toBe(true);
    expect(taps(tap, { x: 10, y: 10, width: WIDTH, dir: 'rtl' }, 5, step).at(-1)).toBe(false);
    expect(taps(tap, { x: WIDTH - 10, y: 10, width: WIDTH, dir: 'ltr' }, 5, step).at(-1)).toBe(false);
    expect(taps(tap, { x: 10, y: 700, width: WIDTH, dir: 'ltr' }, 5, step).at(-1)).toBe(false);
  });

  it('starts counting again after a tap elsewhere', () => {
    const c = clock();
    const tap = createCornerTaps(c.now);
    const corner: Tap = { x: 10, y: 10, width: WIDTH, dir: 'ltr' };
    taps(tap, corner, 4, () => c.advance(100));
    expect(tap({ x: 600, y: 400, width: WIDTH, dir: 'ltr' })).toBe(false);
    expect(tap(corner)).toBe(false);
  });

  it('Ctrl+Alt+S is the shortcut, whatever the keyboard layout types for S', () => {
    expect(isStaffShortcut({ ctrlKey: true, altKey: true, key: 's', code: 'KeyS' })).toBe(true);
    expect(isStaffShortcut({ ctrlKey: true, altKey: true, key: 'ß', code: 'KeyS' })).toBe(true);
    expect(isStaffShortcut({ ctrlKey: true, altKey: false, key: 's', code: 'KeyS' })).toBe(false);
    expect(isStaffShortcut({ ctrlKey: false, altKey: true, key: 's', code: 'KeyS' })).toBe(false);
  });
});
