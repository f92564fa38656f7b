import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * A cold-start floor (tests/bench/start.ts): the blank page's two elements, drawn by React. What it adds over
 * the blank page is what React alone costs a start; the kiosk cannot start faster than this.
 */
function Floor() {
  const [touched, setTouched] = useState(false);
  const surface = useRef<HTMLButtonElement>(null);
  useEffect(() => surface.current?.focus(), []);
  // Keys: the answer is a new element, as the kiosk's language screen is, not the same button changed.
  return touched ? (
    <button key="answer" type="button" className="language__choice">
      en
    </button>
  ) : (
    <button key="surface" type="button" className="attract__surface" ref={surface} onClick={() => setTouched(true)}>
      Touch
    </button>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Floor />);
