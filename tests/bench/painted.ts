/**
 * "The next screen is painted", decided inside the page, for the start and tap benchmarks (issue 18). Both
 * functions are handed to `page.evaluate` / `addInitScript`, so each is self-contained: no imports, no
 * closure over this module.
 *
 * What "painted" means here, the same for every figure:
 *   1. the screen's content is in the DOM (`ready` matches, and the page's text is no longer the old one), and
 *      not just its loading line (`.call-status`: a screen waiting for the core, e.g. for its content in the
 *      language the visitor just chose, has not arrived);
 *   2. one more frame: the frame that laid that content out has been painted, and it started the loads of
 *      any font its characters need (Chromium starts them during layout, never earlier);
 *   3. if a face the screen's words are drawn in is still loading, wait for it and for two more frames: the
 *      visitor reads the text in its own face, not a fallback swapped a moment later (the kiosk's fonts use
 *      font-display: swap). Only those faces: the kiosk loads others in the background (the next screens',
 *      the other languages' while the picker reads ahead), and the visitor does not wait for those. Each
 *      shown element's own words are checked in its computed face (`document.fonts.check`);
 *   4. the content is still the same: a screen that was only passing through (a guide's version question
 *      shown for one frame before its single variant is chosen) is not the next screen.
 * The time is taken in the rAF callback that follows the painted frame.
 */

export interface TapAsk {
  /** What to tap (the first match). */
  tap: string;
  /** Matches once the next screen is there. */
  ready: string;
  /** Give up after this long (a broken screen, not a slow one: ten seconds is far beyond any budget). */
  timeoutMs: number;
}

export interface TapAnswer {
  ms: number;
  /** Whether a font was still loading when the content was first laid out (for the context figures). */
  waitedForFont: boolean;
}

/** Runs in the page: taps `ask.tap` and resolves with the time until the next screen is painted. */
export async function tapUntilPainted(ask: TapAsk): Promise<TapAnswer> {
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const text = () => document.body.textContent ?? '';
  // Whether every shown element's own words have their faces loaded (not those of hidden ones: never laid
  // out, their faces are never fetched). The check is the harness's work: the time is taken before it.
  const screenFacesLoaded = () => {
    const checked = new Set<string>();
    for (const element of document.body.querySelectorAll('*')) {
      let words = '';
      for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) words += node.nodeValue ?? '';
      words = words.trim();
      if (!words || !element.checkVisibility()) continue;
      const style = getComputedStyle(element);
      const face = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const key = `${face}\n${words}`;
      if (checked.has(key)) continue;
      checked.add(key);
      if (!document.fonts.check(face, words)) return false;
    }
    return true;
  };
  const target = document.querySelector<HTMLElement>(ask.tap);
  if (!target) throw new Error(`Nothing to tap at ${ask.tap} (the page shows: ${text().slice(0, 200)})`);
  const before = text();
  let waitedForFont = false;
  const t0 = performance.now();
  const late = () => {
    if (performance.now() - t0 > ask.timeoutMs)
      throw new Error(`${ask.ready} was not painted within ${ask.timeoutMs} ms of tapping ${ask.tap}`);
  };
  target.click();
  for (;;) {
    await frame();
    late();
    if (!document.querySelector(ask.ready) || document.querySelector('.call-status')) continue;
    const seen = text();
    if (seen === before) continue;
    // Content in this frame; the next callback comes after it was painted and laid out.
    await frame();
    let at = performance.now();
    if (!screenFacesLoaded()) {
      waitedForFont = true;
      do {
        await frame();
        late();
      } while (!screenFacesLoaded());
      // The frame that swapped the face in, then one painted with it.
      await frame();
      await frame();
      at = performance.now();
    }
    if (document.querySelector(ask.ready) && !document.querySelector('.call-status') && text() === seen)
      return { ms: at - t0, waitedForFont };
  }
}
