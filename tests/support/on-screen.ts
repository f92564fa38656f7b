/**
 * Probes of the page as the visitor sees it, shared by the component tests (which run in the page)
 * and the e2e tests (which pass them to `page.evaluate`). Each is self-contained, with no imports or
 * closures, so Playwright can send it into the page as it is.
 */

/**
 * How far the page spills off the side of the screen, in CSS pixels (0 or less: it does not). The
 * kiosk's screens scroll inside its frame (.app__scroll, which clips), so the frame's scroller is
 * measured as well as the page: a screen too wide for the frame never widens the page itself.
 */
export function sidewaysOverflow(): number {
  const boxes = [document.documentElement, document.querySelector('.app__scroll')].filter((box) => box !== null);
  return Math.max(...boxes.map((box) => box.scrollWidth - box.clientWidth));
}

/**
 * Whether the first element matching `selector` is wholly on screen without scrolling: inside the
 * window, and not cut off by any scrolling box around it (the kiosk's screen scrolls inside its frame).
 * What Playwright's `toBeInViewport({ ratio: 1 })` proves, measured at once rather than on the next frame.
 */
export function fullyOnScreen(selector: string): boolean {
  const element = document.querySelector(selector);
  if (!element) return false;
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') return false;
  const inside = (outer: { top: number; left: number; bottom: number; right: number }) =>
    box.top >= outer.top - 0.5 &&
    box.left >= outer.left - 0.5 &&
    box.bottom <= outer.bottom + 0.5 &&
    box.right <= outer.right + 0.5;
  if (!inside({ top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth })) return false;
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(parent);
    if (overflowX === 'visible' && overflowY === 'visible') continue;
    const clip = parent.getBoundingClientRect();
    if (
      !inside({
        top: clip.top + parent.clientTop,
        left: clip.left + parent.clientLeft,
        bottom: clip.top + parent.clientTop + parent.clientHeight,
        right: clip.left + parent.clientLeft + parent.clientWidth,
      })
    )
      return false;
  }
  return true;
}
