import { useEffect, type RefObject } from 'react';

/**
 * The step buttons stick to the foot of the scrolling screen, so anything brought into view "just
 * enough" (a keyboard's Tab, a switch, a screen reader) could land under them: WCAG 2.2 2.4.11, focus
 * not obscured. The scroller's bottom scroll padding follows the buttons' height, so every scroll into
 * view stops above them (the height goes to a CSS variable the scroller's style reads). Watches the bar's size and which bar is on screen; no timers.
 *
 * The variable is set on the scroller, and only when the height changes: set on the document's root, every
 * step's new bar restyled the whole page after its layout, a second pass inside the tap (issue 18).
 */
/** `framed`: the frame (and so the scroller) is on screen; the lobby screen has none. */
export function useFootClearance(scroller: RefObject<HTMLElement | null>, framed: boolean) {
  useEffect(() => {
    const box = framed ? scroller.current : null;
    if (!box) return;
    let bar: HTMLElement | null = null;
    let clearance = '';
    const clear = (value: string) => {
      if (value === clearance) return;
      clearance = value;
      box.style.setProperty('--foot-clearance', value);
    };
    const sizes = new ResizeObserver(([entry]) => {
      // The observed box's own border-box height: read from the entry, no layout asked for.
      const height = entry?.borderBoxSize[0]?.blockSize ?? 0;
      clear(bar ? `${Math.ceil(height) + 8}px` : '0px');
    });
    const follow = () => {
      const now = box.querySelector<HTMLElement>('.step-nav');
      if (now === bar) return;
      if (bar) sizes.unobserve(bar);
      bar = now;
      if (bar) sizes.observe(bar, { box: 'border-box' });
      else clear('0px');
    };
    follow();
    const screens = new MutationObserver(follow);
    screens.observe(box, { childList: true, subtree: true });
    return () => {
      screens.disconnect();
      sizes.disconnect();
      box.style.removeProperty('--foot-clearance');
    };
  }, [scroller, framed]);
}
