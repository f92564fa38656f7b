import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useScreenStartsAtTop } from '../../renderer/flow/use-screen-top.ts';

/**
 * The frame's scroller outlives the screens (renderer/App.tsx), so a screen opened from a scrolled one
 * would open part-way down. In the real journey a loading state usually resets the scroll by itself,
 * which hid the hook from every test that walked screens; here the next screen comes at once.
 */
function Frame({ screen, scrolled }: { screen: string; scrolled: (el: HTMLDivElement) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  useScreenStartsAtTop(scroller, screen);
  // As in App: the lobby screen has no scroller; it comes with the first screen after it.
  if (screen === 'attract') return <p>lobby</p>;
  return (
    <div
      ref={(el) => {
        scroller.current = el;
        if (el) scrolled(el);
      }}
      style={{ height: 200, overflow: 'auto' }}
    >
      <div style={{ height: 2000 }}>{screen}</div>
    </div>
  );
}

const host = document.createElement('div');
document.body.append(host);
const root = createRoot(host);
afterEach(() => flushSync(() => root.render(null)));

describe('each new screen starts at its top', () => {
  let scroller: HTMLDivElement | undefined;
  const draw = (screen: string) =>
    flushSync(() => root.render(<Frame screen={screen} scrolled={(el) => (scroller = el)} />));
  /** The visitor scrolls; the scroller tells of it with its scroll event, a frame later. */
  const scrollTo = async (top: number) => {
    if (!scroller) throw new Error('no scroller');
    const told = new Promise((resolve) => scroller?.addEventListener('scroll', resolve, { once: true }));
    scroller.scrollTop = top;
    await told;
  };

  it('a new screen opens at the top of the scroller; the same screen drawn again keeps its place', async () => {
    // From the lobby, as every visit starts: the scroller is not there yet when the hook first runs.
    draw('attract');
    draw('plan');
    await scrollTo(600);
    expect(scroller?.scrollTop).toBe(600);
    // The plan drawn again (a guide marked done): the visitor stays where they were.
    draw('plan');
    expect(scroller?.scrollTop).toBe(600);
    draw('done');
    expect(scroller?.scrollTop).toBe(0);
    // And again after the visitor scrolled the new screen.
    await scrollTo(300);
    draw('step 2');
    expect(scroller?.scrollTop).toBe(0);
  });

  it('leaves a screen nobody scrolled alone: scrollTo would lay the new screen out inside the tap (issue 18)', () => {
    draw('step 1');
    if (!scroller) throw new Error('no scroller');
    const scrolling = vi.spyOn(scroller, 'scrollTo');
    draw('step 2');
    draw('step 3');
    expect(scrolling).not.toHaveBeenCalled();
    expect(scroller.scrollTop).toBe(0);
  });
});
