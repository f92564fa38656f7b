/// <reference types="@vitest/browser-playwright" />
import { describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { mountScreen } from './mount.tsx';

const visible = () => getComputedStyle(document.querySelector('.more-below')!).visibility;
const scroller = () => document.querySelector<HTMLElement>('.app__scroll')!;
const long = (n: number, withButtons = false, barHeight = 120) => (
  <div>
    {Array.from({ length: n }, (_, i) => (
      <p key={i}>
        <button type="button">Line {i}</button>
      </p>
    ))}
    {withButtons && (
      <nav className="step-nav">
        <button type="button" style={{ blockSize: barHeight }}>
          Next
        </button>
      </nav>
    )}
  </div>
);

/**
 * "More below" (renderer/components/MoreBelow.tsx) is drawn by the style sheet, a scroll-driven animation on the
 * scroller (issue 18: measuring it from a script forced a second layout into every screen change); it must
 * still follow the screen.
 */
describe('the "more below" sign', () => {
  it('shows while the screen continues under the buttons, hides at its end, and shows again when it grows', async () => {
    const { show } = await mountScreen(<p>Short</p>);
    await expect.poll(visible).toBe('hidden');
    await show(long(80));
    await expect.poll(visible).toBe('visible');
    const box = scroller();
    box.scrollTop = box.scrollHeight;
    await expect.poll(visible).toBe('hidden');
    // Nearly at the end, but more than a line (24 px) still under the buttons: still shown.
    box.scrollTop = box.scrollHeight - box.clientHeight - 60;
    await expect.poll(visible).toBe('visible');
    // Within a line (24 px) of the end: nothing worth the sign is left.
    box.scrollTop = box.scrollHeight - box.clientHeight - 10;
    await expect.poll(visible).toBe('hidden');
    await show(long(160));
    await expect.poll(visible).toBe('visible');
    await show(<p>Short again</p>);
    await expect.poll(visible).toBe('hidden');
  });

  it('still shows for a visitor who asked for less motion (it only shows or hides)', async () => {
    const { show } = await mountScreen(<p>Short</p>);
    const media = (value: string) =>
      cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value }] });
    await media('reduce');
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
      await show(long(80));
      await expect.poll(visible).toBe('visible');
    } finally {
      await media('');
    }
  });
});

/**
 * renderer/flow/use-foot-clearance.ts: whatever is brought into view "just enough" stops above the step buttons
 * stuck to the screen's foot (WCAG 2.2 2.4.11, focus not obscured), whatever their height, on each new screen.
 */
describe('the step buttons never cover what is brought into view', () => {
  it('a button brought just into view lands above the buttons, on the first screen and on the next, taller one', async () => {
    const { show } = await mountScreen(long(60, true));
    for (const [lines, barHeight] of [
      [60, 120],
      [90, 200],
    ] as const) {
      if (lines !== 60) await show(long(lines, true, barHeight));
      const bar = document.querySelector('.step-nav')!;
      // The clearance follows the bar's height (set after its layout, by a ResizeObserver).
      await expect
        .poll(() => getComputedStyle(scroller()).scrollPaddingBlockEnd)
        .toBe(`${Math.ceil(bar.getBoundingClientRect().height) + 8}px`);
      scroller().scrollTop = 0;
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('.app__scroll p button')];
      const target = buttons.at(-5)!;
      // "Just enough", as a Tab or a switch brings a control in: to the nearest edge, the bottom one here.
      target.scrollIntoView({ block: 'nearest' });
      const below = target.getBoundingClientRect().bottom;
      expect(below, `${lines} lines: the button ends above the step buttons`).toBeLessThanOrEqual(
        bar.getBoundingClientRect().top,
      );
      expect(target.getBoundingClientRect().top, 'it was brought into view').toBeGreaterThan(0);
    }
  });
});
