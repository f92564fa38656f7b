import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "More below": shown whenever the screen's content continues under the step buttons, so a visitor
 * who sees "Next" does not take the screen for the whole story. A sign, not a button: it floats over
 * the content and must never sit on top of something to tap (it lets touches through). Watches sizes
 * and scrolling, no timers (one animation frame at most between a change and its measure).
 */
export function MoreBelow({ container }: { container: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const [more, setMore] = useState(false);
  useEffect(() => {
    const scroller = container.current;
    if (!scroller) return;
    const measure = () => setMore(scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 24);
    // Measured once per frame, in the frame's own layout: measuring in the mutation callback forced an extra
    // layout in the middle of every screen change (the top cost of a tap in the tap bench, issue 18).
    let frame = 0;
    const update = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          measure();
        });
    };
    measure();
    const resized = new ResizeObserver(update);
    resized.observe(scroller);
    const changed = new MutationObserver(update);
    changed.observe(scroller, { childList: true, subtree: true, characterData: true });
    scroller.addEventListener('scroll', update, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      changed.disconnect();
      scroller.removeEventListener('scroll', update);
    };
  }, [container]);
  // Always in the page, shown or hidden by a class: adding and removing it would change the height it
  // measures, and the sign could flip on and off for ever.
  return (
    <p className={`more-below${more ? '' : ' more-below--hidden'}`} aria-hidden="true">
      {t('nav.moreBelow')}
      <svg className="more-below__arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 4v16m-6-6 6 6 6-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </p>
  );
}
