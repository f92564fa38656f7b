import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The items of `list` whose `part` (a guide's Start button) is not wholly on screen above the sticky
 * `bar`: the guides a visitor cannot start without scrolling, which a "more below" cue counts (a card
 * whose title shows but whose button is hidden counts; one whose button shows does not). Watched with
 * an IntersectionObserver whose root stops at the bar's top edge, re-made when the bar's height
 * changes (text size, window size); no timers, no scroll handlers. Scrolled away at the top is not "below".
 * The first count is measured before the screen is painted: observers report a frame after it, and the cue
 * then came in late, moving the buttons beside it under the visitor's finger (seen in issue 18's tap bench).
 */
export function useBelowFold(
  list: RefObject<HTMLElement | null>,
  part: string,
  bar: RefObject<HTMLElement | null>,
  itemsKey: string,
): HTMLElement[] {
  const [barHeight, setBarHeight] = useState(0);
  const [below, setBelowAnew] = useState<HTMLElement[]>([]);
  // The same items again is no change: no second drawing of the screen for it.
  const setBelow = (items: HTMLElement[]) =>
    setBelowAnew((old) => (old.length === items.length && old.every((item, i) => item === items[i]) ? old : items));

  useLayoutEffect(() => {
    const height = Math.ceil(bar.current?.getBoundingClientRect().height ?? 0);
    // Where the observer's root (the window above the bar) ends, and its test: not 98 % in view, and lower down.
    const bottom = window.innerHeight - height;
    // Measured before paint and drawn in the same frame, as React's own tooltip example does (useLayoutEffect).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a measure of the laid-out page, nothing derivable
    setBarHeight(height);
    setBelow(
      itemsOf(list).filter((item) => {
        const box = (item.querySelector(part) ?? item).getBoundingClientRect();
        return box.bottom > bottom && box.bottom - Math.max(box.top, bottom) > 0.02 * box.height;
      }),
    );
  }, [list, part, bar, itemsKey]);

  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const sizes = new ResizeObserver(() => setBarHeight(Math.ceil(element.getBoundingClientRect().height)));
    sizes.observe(element);
    return () => sizes.disconnect();
    // The bar appears once the screen has loaded: `itemsKey` changes then.
  }, [bar, itemsKey]);

  useEffect(() => {
    const items = itemsOf(list);
    const watched = new Map(items.map((item) => [item.querySelector(part) ?? item, item]));
    const hidden = new Map<Element, boolean>();
    const watcher = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const bottom = e.rootBounds?.bottom ?? window.innerHeight;
          hidden.set(
            watched.get(e.target) ?? e.target,
            e.intersectionRatio < 0.98 && e.boundingClientRect.bottom > bottom,
          );
        }
        setBelow(items.filter((item) => hidden.get(item)));
      },
      { rootMargin: `0px 0px -${barHeight}px 0px`, threshold: [0, 0.25, 0.5, 0.75, 0.98, 1] },
    );
    for (const target of watched.keys()) watcher.observe(target);
    return () => watcher.disconnect();
  }, [list, part, barHeight, itemsKey]);

  return below;
}

const itemsOf = (list: RefObject<HTMLElement | null>) =>
  [...(list.current?.children ?? [])].filter((e): e is HTMLElement => e instanceof HTMLElement);

/**
 * Brings the first hidden item just into view above the bar (or its top edge to the top of the
 * window, if it is taller than the space), so nothing is skipped: the cue then counts what is left.
 */
export function revealBelow(item: HTMLElement, bar: HTMLElement | null) {
  const box = item.getBoundingClientRect();
  const limit = (bar?.getBoundingClientRect().top ?? window.innerHeight) - 24;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The screen scrolls inside the kiosk's frame (under the bar of urgent buttons), not the window.
  const scroller = item.closest('.app__scroll') ?? window;
  scroller.scrollBy({ top: Math.min(box.bottom - limit, box.top - 24), behavior: smooth ? 'smooth' : 'instant' });
}
