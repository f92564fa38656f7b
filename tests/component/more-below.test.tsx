import { describe, expect, it } from 'vitest';
import { mountScreen } from './mount.tsx';

const visible = () => getComputedStyle(document.querySelector('.more-below')!).visibility;
const scroller = () => document.querySelector<HTMLElement>('.app__scroll')!;

/**
 * "More below" (renderer/components/MoreBelow.tsx) measures once per animation frame (issue 18: measuring in the
 * mutation callback forced a layout in the middle of every screen change); it must still follow the screen.
 */
describe('the "more below" sign', () => {
  it('shows while the screen continues under the buttons, hides at its end, and shows again when it grows', async () => {
    const { show } = await mountScreen(<p>Short</p>);
    await expect.poll(visible).toBe('hidden');
    const long = (n: number) => (
      <div>
        {Array.from({ length: n }, (_, i) => (
          <p key={i}>Line {i}</p>
        ))}
      </div>
    );
    await show(long(80));
    await expect.poll(visible).toBe('visible');
    const box = scroller();
    box.scrollTop = box.scrollHeight;
    await expect.poll(visible).toBe('hidden');
    await show(long(160));
    await expect.poll(visible).toBe('visible');
  });
});
