import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's main heading. It takes focus when it appears (after any loading), so keyboard, switch
 * and screen-reader users start each new screen at its heading, not at the top of the page.
 */
export function ScreenHeading({
  id,
  className,
  describedBy,
  children,
}: {
  id?: string;
  className?: string;
  /** Ids of what a screen reader reads after the heading when it takes focus (a practice call's words). */
  describedBy?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const heading = ref.current;
    if (!heading || document.querySelector('dialog[open]')) return;
    heading.focus({ preventScroll: true });
  }, []);
  return (
    <h1
      ref={ref}
      id={id}
      className={`screen__title${className ? ` ${className}` : ''}`}
      tabIndex={-1}
      dir="auto"
      aria-describedby={describedBy}
    >
      {children}
    </h1>
  );
}
