import '../../../../renderer/styles/fonts.css';
import '../../../../renderer/styles/app.css';
import type { ScreenMarkup } from '../screen-markup.ts';

/**
 * The tap floor (tests/bench/tap.ts): the kiosk's own screens, as the walk saw them settled, put on the page as
 * still markup in the kiosk's style sheets and all its faces. No React, no i18n, no core: a tap here costs only
 * what the browser spends to parse, style, lay out and paint the next screen. The kiosk cannot change screens
 * faster than this, whatever draws them.
 */
declare global {
  interface Window {
    /** Shows `screen`: its markup in #root and the attributes the kiosk keeps on <html> (language, direction, text size, colours). */
    floorShow(screen: ScreenMarkup): void;
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('the tap floor has no #root');
window.floorShow = (screen) => {
  const html = document.documentElement;
  for (const name of html.getAttributeNames()) html.removeAttribute(name);
  for (const [name, value] of Object.entries(screen.attributes)) html.setAttribute(name, value);
  root.innerHTML = screen.markup;
};
