import { useEffect, useState, type RefObject } from 'react';

/**
 * How much to shrink a fixed-size element (the printed sheet, laid out at its paper width) so it fits
 * the width of its frame on screen, and the size it then takes. The sheet itself is never resized:
 * its wrapping, and so its page count, stays exactly what the printer gets.
 */
export function useScaleToFit(
  frame: RefObject<HTMLElement | null>,
  content: RefObject<HTMLElement | null>,
): { scale: number; width: number; height: number } | null {
  const [size, setSize] = useState<{ scale: number; width: number; height: number } | null>(null);
  useEffect(() => {
    const outer = frame.current;
    const inner = content.current;
    if (!outer || !inner) return;
    const update = () => {
      const scale = Math.min(1, outer.clientWidth / Math.max(1, inner.offsetWidth));
      setSize({ scale, width: inner.offsetWidth * scale, height: inner.offsetHeight * scale });
    };
    const observer = new ResizeObserver(update);
    observer.observe(outer);
    observer.observe(inner);
    update();
    return () => observer.disconnect();
  }, [frame, content]);
  return size;
}
