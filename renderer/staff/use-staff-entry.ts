import { useEffect } from 'react';
import { createCornerTaps } from './corner-taps.ts';

/** Ctrl+Alt+S, for staff with a keyboard (a maintenance laptop, the browser shell). */
export const isStaffShortcut = (e: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'key' | 'code'>): boolean =>
  e.ctrlKey && e.altKey && (e.code === 'KeyS' || e.key.toLowerCase() === 's');

/**
 * Listens, on the whole page, for the two ways into staff mode. The taps are watched on the way down
 * (capture) and never stopped, so the corner stays an ordinary part of whatever screen is drawn.
 */
export function useStaffEntry(onOpen: () => void): void {
  useEffect(() => {
    const cornerTap = createCornerTaps();
    const onPointer = (e: PointerEvent) => {
      const dir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
      if (cornerTap({ x: e.clientX, y: e.clientY, width: window.innerWidth, dir })) onOpen();
    };
    const onKey = (e: KeyboardEvent) => {
      if (!isStaffShortcut(e)) return;
      e.preventDefault();
      onOpen();
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [onOpen]);
}
