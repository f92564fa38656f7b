import { useEffect, useState } from 'react';
import type { ChecklistPreview } from './ChecklistPreview.tsx';

/**
 * The checklist preview (the print sheet, its fit and its QR code library) is fetched apart from the page's
 * entry: the first screens never draw it, and it kept the entry JavaScript over its 200 KB budget (issue 18).
 * The page starts fetching it once idle after boot, so by the time a visitor reaches the checklist it is in.
 */
type Preview = typeof ChecklistPreview;

let loaded: Preview | null = null;
let loading: Promise<Preview> | null = null;

/** Fetches the preview's chunk once; a failed fetch is tried again on the next call. */
export function loadChecklistPreview(): Promise<Preview> {
  loading ??= import('./ChecklistPreview.tsx').then(
    (m) => (loaded = m.ChecklistPreview),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The preview component (the module's own, so the same one on every render), or null for the moment its
 * chunk is still on its way.
 */
export function useChecklistPreview(): Preview | null {
  const [preview, setPreview] = useState<Preview | null>(() => loaded);
  useEffect(() => {
    if (preview) return;
    let live = true;
    void loadChecklistPreview().then((p) => {
      if (live) setPreview(() => p);
    });
    return () => {
      live = false;
    };
  }, [preview]);
  return preview;
}
