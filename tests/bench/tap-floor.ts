import { createServer, type Server } from 'node:http';
import type { Page } from '@playwright/test';
import sirv from 'sirv';
import type { ScreenMarkup } from './floor/screen-markup.ts';
import { tapUntilPainted } from './painted.ts';

/**
 * The tap floor (tap.ts): the screen changes a walk timed, replayed as still markup on floor/screens. A tap there
 * puts the next screen's markup in place and nothing else, and is timed the way the kiosk's taps are
 * (painted.ts: content in, one more frame, its fonts loaded, unchanged). What the kiosk adds over it is the
 * app's own cost: React, i18n, the journey, the calls to the core.
 */

/** Serves the built floor page as the shell serves the kiosk's files (sirv), on an origin of its own. */
export async function serveFloor(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer(sirv(dir, { etag: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The tap floor server has no port.');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

/** A font face as `document.fonts` describes it: the floor loads the same ones as the kiosk had. */
export interface LoadedFace {
  family: string;
  unicodeRange: string;
  weight: string;
  style: string;
}

/** Runs in the kiosk's page: the faces it has loaded. Self-contained (handed to page.evaluate). */
export function loadedFaces(): LoadedFace[] {
  const faces = [...document.fonts]
    .filter((face) => face.status === 'loaded')
    .map(({ family, unicodeRange, weight, style }) => ({ family, unicodeRange, weight, style }));
  // Each face once, however many FontFace objects a page holds for it.
  return [...new Map(faces.map((f) => [[f.family, f.unicodeRange, f.weight, f.style].join('|'), f])).values()];
}

interface Change {
  transition: string;
  before: ScreenMarkup;
  after: ScreenMarkup;
}

/**
 * Times each change on the floor: the screen before is put in place and settles (two frames, its fonts), then a
 * tap puts the screen after in its place. First the floor loads the font files the kiosk had loaded by the end of
 * its walk (`faces`), without drawing any text: each screen's words are then laid out for the first time in
 * this page when it is timed, as most were in the walk. `drawnBy`: the markup put in place, or drawn by React
 * (floor/screens/main.ts). Returns the times by transition.
 */
export async function tapFloor(
  page: Page,
  url: string,
  changes: readonly Change[],
  faces: readonly LoadedFace[],
  timeoutMs: number,
  drawnBy: 'markup' | 'react',
): Promise<Map<string, number[]>> {
  await page.goto(drawnBy === 'react' ? `${url}?react` : url);
  await page.waitForFunction(() => typeof window.floorShow === 'function');
  const loaded = await page.evaluate(async (faces) => {
    const key = (f: LoadedFace) => [f.family, f.unicodeRange, f.weight, f.style].join('|');
    const wanted = new Set(faces.map(key));
    const matching = [...document.fonts].filter((face) => wanted.has(key(face)));
    await Promise.all(matching.map((face) => face.load()));
    return matching.length;
  }, faces);
  if (loaded < faces.length)
    throw new Error(`The tap floor found ${loaded} of the kiosk's ${faces.length} loaded faces.`);
  const times = new Map<string, number[]>();
  for (const { transition, before, after } of changes) {
    const differs = await page.evaluate(
      async ({ before, after }) => {
        window.floorShow(before);
        await document.fonts.ready;
        for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
        // A change the visitor can see is a change of words (painted.ts waits for one); the walk's are.
        const next = document.createElement('template');
        next.innerHTML = after.markup;
        if (next.content.textContent === document.getElementById('root')?.textContent) return false;
        document.addEventListener('click', () => window.floorShow(after), { once: true, capture: true });
        return true;
      },
      { before, after },
    );
    if (!differs) continue;
    const { ms } = await page.evaluate(tapUntilPainted, { tap: '#root', ready: '#root *', timeoutMs });
    times.set(transition, [...(times.get(transition) ?? []), ms]);
  }
  return times;
}
