import { useEffect } from 'react';
import type { Locale } from '../../shared/locales.ts';
import { useKiosk } from './kiosk-context.tsx';
import { readOnly, type ReadKioskApi } from './read-only-api.ts';

/** Just after the next frame is painted: the screen that asks first, the reads after it. */
function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Reads what the visitor's next tap will show while they read this screen (issue 18): the answers go into
 * the visit's content cache (content-cache.ts), and, as they arrive, the font files their characters need
 * are loaded (warm-answers.ts), so the next screen draws without a trip to the core or a font file. Reads
 * only, after this screen is painted; `key` names what to read, and nothing is read while it is null.
 * Best effort: a read that fails is made again, and its failure shown, by the screen that needs it.
 */
export function useReadAhead(key: string | null, run: (read: ReadKioskApi) => Promise<unknown>[]): void {
  const read = readOnly(useKiosk());
  useEffect(() => {
    if (key === null) return;
    return afterPaint(() => {
      for (const asked of run(read)) asked.catch(() => {});
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names the reads: they run again exactly when it changes
  }, [read, key]);
}

/** What a screen shows from the core's content, in `locale`: read ahead of a change to that language. */
export function contentOf(
  read: ReadKioskApi,
  screen: { screen: string; tutorialId: string | null },
  locale: Locale,
): Promise<unknown>[] {
  switch (screen.screen) {
    case 'question':
    case 'findPhone':
      return [read.getQuestions({ locale })];
    case 'plan':
      return [read.listTutorials({ locale }), read.getQuestions({ locale })];
    case 'browse':
    case 'done':
      return [read.listTutorials({ locale })];
    case 'tutorial':
      return screen.tutorialId ? [read.openTutorial({ tutorialId: screen.tutorialId, locale })] : [];
    default:
      return [];
  }
}
