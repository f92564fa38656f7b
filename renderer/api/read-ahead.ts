import { useEffect } from 'react';
import type { Locale } from '../../shared/locales.ts';
import { useKiosk } from './kiosk-context.tsx';
import { whenIdle } from '../flow/when-idle.ts';
import { readOnly, type ReadKioskApi } from './read-only-api.ts';

/** A read the screen may want next: started only when its turn comes (useReadAhead). */
export type Read = () => Promise<unknown>;

/**
 * Reads what the visitor's next tap will show while they read this screen (issue 18): the answers go into
 * the visit's content cache (content-cache.ts), and, as they arrive, the font files their characters need
 * are loaded (warm-answers.ts), so the next screen draws without a trip to the core or a font file. Reads
 * only; `key` names what to read, and nothing is read while it is null. The reads start in the page's idle
 * moments once this screen has been drawn, as many in each as it has room for: started together in the
 * frame after the tap, the picker's seven reads (one per other language) held the screen's next frame back
 * by 19 ms on a slow PC (issue 18's tap bench, CPU 4×); a visitor takes far longer than a few idle moments
 * to choose. A new key stops the reads not yet started. Best effort: a read that fails is made again, and
 * its failure shown, by the screen that needs it.
 */
export function useReadAhead(key: string | null, reads: (read: ReadKioskApi) => Read[]): void {
  const read = readOnly(useKiosk());
  useEffect(() => {
    if (key === null) return;
    let stopped = false;
    // As many reads as the idle moment has room for, the rest in the next ones.
    const next = (rest: Read[], deadline?: IdleDeadline) => {
      let started = 0;
      do {
        const start = rest[started];
        if (stopped || !start) return;
        start().catch(() => {});
        started++;
      } while (deadline && deadline.timeRemaining() > READ_START_MS);
      if (started < rest.length) whenIdle((later) => next(rest.slice(started), later), IDLE_WAIT_MS);
    };
    whenIdle((deadline) => next(reads(read), deadline), IDLE_WAIT_MS);
    return () => {
      stopped = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names the reads: they run again exactly when it changes
  }, [read, key]);
}

/** On a page that is never idle, a read still starts this long after the one before it. */
const IDLE_WAIT_MS = 1000;
/** What starting one read can take on a slow PC (a fetch and its request body: about 3 ms at CPU 4×). */
const READ_START_MS = 5;

/** What a screen shows from the core's content, in `locale`: read ahead of a change to that language. */
export function contentOf(
  read: ReadKioskApi,
  screen: { screen: string; tutorialId: string | null },
  locale: Locale,
): Read[] {
  switch (screen.screen) {
    case 'question':
    case 'findPhone':
      return [() => read.getQuestions({ locale })];
    case 'plan':
      return [() => read.listTutorials({ locale }), () => read.getQuestions({ locale })];
    case 'browse':
    case 'done':
      return [() => read.listTutorials({ locale })];
    case 'tutorial': {
      const { tutorialId } = screen;
      return tutorialId ? [() => read.openTutorial({ tutorialId, locale })] : [];
    }
    default:
      return [];
  }
}
