import '../../../../renderer/styles/lobby-fonts.css';
import '../../../../renderer/styles/fonts.css';
import '../../../../renderer/styles/common-fonts.css';
import '../../../../renderer/styles/app.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ScreenMarkup } from '../screen-markup.ts';
import { reactElementsOf } from './react-markup.ts';

/**
 * The tap floors (tests/bench/tap.ts): the kiosk's own screens, as the walk saw them settled, in the kiosk's
 * style sheets and all its faces. No i18n, no journey, no core.
 * - `floorShow` puts a screen's still markup in place: a tap costs only what the browser spends to parse,
 *   style, lay out and paint the next screen. The kiosk cannot change screens faster than this, whatever
 *   draws them.
 * - With `?react` in the address, React draws the same markup, as the kiosk's tap does (in the click, at
 *   once): the browser's cost plus what React itself spends reconciling the two screens (its own
 *   way, by position, as the kiosk's screens mostly are).
 */
declare global {
  interface Window {
    /** Shows `screen`: its markup in #root and the attributes the kiosk keeps on <html> (language, direction, text size, colours). */
    floorShow(screen: ScreenMarkup): void;
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('the tap floor has no #root');
const react = new URLSearchParams(location.search).has('react') ? createRoot(root) : null;

const showAttributes = ({ attributes }: ScreenMarkup) => {
  const html = document.documentElement;
  for (const name of html.getAttributeNames()) html.removeAttribute(name);
  for (const [name, value] of Object.entries(attributes)) html.setAttribute(name, value);
};
window.floorShow = (screen) => {
  showAttributes(screen);
  if (react) flushSync(() => react.render(reactElementsOf(screen.markup)));
  else root.innerHTML = screen.markup;
};
