import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useScreenStartsAtTop } from '../../renderer/flow/use-screen-top.ts';

/**
 * The frame's scroller outlives the screens (renderer/App.tsx), so a screen opened from a scrolled one
 * would open part-way down. In the real journey a loading state usually resets the scroll by itself,
 * which hid the hook from every test that walked screens; here the next screen comes at once.
 */
function Frame({ screen, scrolled }: { screen: string; scrolled: (el: HTMLDivElement) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  useScreenStartsAtTop(scroller, screen);
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
  it('a new screen opens at the top of the scroller; the same screen drawn again keeps its place', () => {
    let scroller: HTMLDivElement | undefined;
    const draw = (screen: string) =>
      flushSync(() => root.render(<Frame screen={screen} scrolled={(el) => (scroller = el)} />));
    draw('plan');
    if (!scroller) throw new Error('no scroller');
    scroller.scrollTop = 600;
    expect(scroller.scrollTop).toBe(600);
    // The plan drawn again (a guide marked done): the visitor stays where they were.
    draw('plan');
    expect(scroller.scrollTop).toBe(600);
    draw('done');
    expect(scroller.scrollTop).toBe(0);
  });
});
