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
    // A modal dialog is drawn in the top layer: the boxes around it in the page never clip it.
    if (parent.matches('dialog:modal')) break;
  }
  return true;
}

/**
 * The visible buttons smaller than a finger (WCAG 2.5.5, for hands that shake): narrower or lower than
 * `min` CSS pixels, or lower than 64 for the main action. Inside an open dialog only the dialog's
 * buttons count (the page behind is inert). Each as "words WxH", so a failure names what to fix.
 */
export function smallTargets(min: number): string[] {
  const scope = document.querySelector('dialog[open]') ?? document;
  return [...scope.querySelectorAll<HTMLElement>('button')]
    .filter((b) => b.offsetParent !== null)
    .map((b) => ({
      text: b.innerText.slice(0, 30),
      rect: b.getBoundingClientRect(),
      primary: b.matches('.big-button--primary, .step-nav__next'),
    }))
    .filter(({ rect, primary }) => rect.width < min || rect.height < (primary ? 64 : min))
    .map(({ text, rect }) => `${text} ${Math.round(rect.width)}x${Math.round(rect.height)}`);
}

/** The visible buttons whose words spill out of their box (a squeezed button hides its label), by their words. */
export function clippedButtons(): string[] {
  return [...document.querySelectorAll<HTMLElement>('button')]
    .filter((b) => {
      if (b.offsetParent === null) return false;
      const box = b.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(b);
      const words = range.getBoundingClientRect();
      // The words' own box must sit inside the button's (a few px of glyph overhang allowed).
      return (
        words.height > 0 &&
        (words.top < box.top - 6 ||
          words.bottom > box.bottom + 6 ||
          words.left < box.left - 6 ||
          words.right > box.right + 6)
      );
    })
    .map((b) => b.innerText.slice(0, 30));
}

/**
 * Resolves once every finite animation has finished. Colours are measured once they settle: the
 * lobby's words fade in, and a scan mid-fade (a busy machine) saw them faint.
 */
export async function animationsSettled(): Promise<void> {
  await Promise.all(
    document
      .getAnimations()
      // Time-driven ones only: "more below" is driven by scrolling, and ends only at the screen's end.
      .filter((a) => a.timeline instanceof DocumentTimeline && a.effect?.getComputedTiming().endTime !== Infinity)
      .map((a) => a.finished),
  );
}

/**
 * Text drawn over other text inside `root`, one "a over b" line per pair; empty when none is. Counted:
 * elements with text of their own, visible, in the page's flow. Not counted: what floats over the
 * screen on purpose (sticky or fixed boxes: the step buttons, "more below", which the screen scrolls
 * under) and the drawn phone's screen, whose "Tap here" label sits over the row it points at.
 */
export function textDrawnOver(root: string): string[] {
  const scope = document.querySelector(root);
  if (!scope) return [`no ${root}`];
  const floats = (element: Element) => {
    for (let e: Element | null = element; e && e !== scope; e = e.parentElement) {
      const { position } = getComputedStyle(e);
      if (position === 'sticky' || position === 'fixed' || e.classList.contains('phone__frame')) return true;
    }
    return false;
  };
  const texts = [...scope.querySelectorAll('*')].filter((element) => {
    const own = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    if (!own || floats(element) || getComputedStyle(element).visibility === 'hidden') return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  });
  const name = (e: Element) =>
    `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${e.textContent?.trim().slice(0, 30)}"`;
  const found: string[] = [];
  for (const [i, a] of texts.entries()) {
    for (const b of texts.slice(i + 1)) {
      if (a.contains(b) || b.contains(a)) continue;
      const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
      const across = Math.min(p.right, q.right) - Math.max(p.left, q.left);
      const down = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
      if (across > 2 && down > 2) found.push(`${name(b)} over ${name(a)}`);
    }
  }
  return found;
}
