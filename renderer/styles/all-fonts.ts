/**
 * Every face of fonts.css and each script's Common family (common-fonts.css), fetched once the lobby is drawn
 * (issue 18): the page starts with the lobby's own faces only (lobby-fonts.css, a few faces cut down to its
 * characters), so its first frame does not parse and match a thousand @font-face rules. Each caller gets the
 * same promise; a failed fetch is tried again at the next call.
 */
let loading: Promise<void> | null = null;

export function loadAllFonts(): Promise<void> {
  loading ??= Promise.all([import('./fonts.css'), import('./common-fonts.css')]).then(
    () => undefined,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * Starts loadAllFonts once the page's first screen is painted in its own faces and the page is idle: after
 * the frame that lays the screen out (which starts its font loads), then those loads, then idle time. Returns
 * a cancel for an effect's cleanup.
 */
export function loadAllFontsWhenSettled(win: Window = window): () => void {
  let cancelled = false;
  let idle: number | undefined;
  const frame = win.requestAnimationFrame(() => {
    win.setTimeout(() => {
      void win.document.fonts.ready.then(() => {
        if (cancelled) return;
        idle = win.requestIdleCallback(() => void loadAllFonts().catch(() => {}), { timeout: 1000 });
      });
    });
  });
  return () => {
    cancelled = true;
    win.cancelAnimationFrame(frame);
    if (idle !== undefined) win.cancelIdleCallback(idle);
  };
}
