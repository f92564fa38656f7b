import { useLayoutEffect, type RefObject } from 'react';

/**
 * Each new screen starts at its top, like a new page. The frame's scroller outlives the screens, so
 * without this a screen opened from a scrolled one (the plan, a long step) would open part-way down,
 * its heading and first answer hidden. Before paint, so the old position never shows.
 */
export function useScreenStartsAtTop(scroller: RefObject<HTMLElement | null>, screen: string) {
  useLayoutEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [scroller, screen]);
}
