/**
 * "Interactive", decided inside the page from the first script it runs (an init script), for the cold-start
 * benchmark (issue 18). Self-contained: it is handed to `addInitScript` as source.
 *
 * A page is interactive when, counted from the start of its navigation (performance.now()'s origin):
 *   1. its lobby surface (`.attract__surface`) is in the DOM and focused: the app has mounted and run its
 *      effects (the attract screen focuses its surface in one), not just drawn a first frame;
 *   2. the fonts that surface shows are loaded and a frame with them has been painted (no fallback face; a face
 *      that failed to load fails the sample);
 *   3. a tap on it is answered: after a click, the page has put the next screen (`.language__choice`) in
 *      the DOM by the next frame. A page still busy starting (parsing, a long task) answers late.
 * The blank page (start.ts) has the same two elements and a one-line click handler, so the difference
 * between the two is what the kiosk adds to a start, whatever the machine's load.
 */
export function watchInteractive(): void {
  if (window !== window.top) return;
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const until = async (holds: () => boolean) => {
    while (!holds()) await frame();
  };
  const done = (async () => {
    await until(() => {
      const surface = document.querySelector('.attract__surface');
      return surface !== null && document.activeElement === surface;
    });
    await frame();
    if (document.fonts.status === 'loading') await document.fonts.ready;
    // A face the page could not load (refused by the CSP, a missing file) leaves its text in a system face:
    // that page is broken, not fast. The bench part stops there, saying which families failed.
    const failed = [...document.fonts].filter((face) => face.status === 'error').map((face) => face.family);
    if (failed.length > 0) throw new Error(`fonts failed to load: ${[...new Set(failed)].join(', ')}`);
    await frame();
    await frame();
    const painted = performance.now();
    // Watched by mutation, not by frame, so an answer is timed when it lands in the DOM on either page.
    const answered = new Promise<number>((resolve) => {
      const check = () => document.querySelector('.language__choice') !== null && resolve(performance.now());
      new MutationObserver(check).observe(document.body, { childList: true, subtree: true });
    });
    document.querySelector<HTMLElement>('.attract__surface')?.click();
    return { painted, interactive: await answered };
  })();
  Object.assign(window, { __benchInteractive: done });
}
