import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Each new screen (and each step of a guide, each question) starts at its top, like a new page. The frame's
 * scroller outlives the screens, so without this a screen opened from a scrolled one (the plan, a long step)
 * would open part-way down, its heading and first answer hidden. Before paint, so the old position never shows.
 *
 * Only when the visitor had scrolled: scrollTo lays the whole new screen out at once, inside the tap, and
 * that forced layout was the largest single cost of a step change on a slow PC (issue 18's tap bench, CPU 4×).
 * Whether it had scrolled is kept from the scroller's own scroll events, which never force a layout.
 */
export function useScreenStartsAtTop(scroller: RefObject<HTMLElement | null>, page: string) {
  const scrolled = useRef(false);
  useEffect(() => {
    // Listened for on the document (scroll events do not bubble, but they can be caught on the way down): the
    // scroller is not there on the lobby screen, and comes and goes without this hook's component remounting.
    const seen = (event: Event) => {
      const element = scroller.current;
      if (element && event.target === element) scrolled.current = element.scrollTop > 0;
    };
    document.addEventListener('scroll', seen, { capture: true, passive: true });
    return () => document.removeEventListener('scroll', seen, { capture: true });
  }, [scroller]);
  useLayoutEffect(() => {
    if (!scrolled.current) return;
    scrolled.current = false;
    scroller.current?.scrollTo({ top: 0 });
  }, [scroller, page]);
}
