/** A settled kiosk screen, for the tap floor (floor/screens): what #root holds and what <html> carries. */
export interface ScreenMarkup {
  markup: string;
  attributes: Record<string, string>;
}

/** Runs in the kiosk's page: the screen as it is now. Self-contained (handed to page.evaluate). */
export function takeScreenMarkup(): ScreenMarkup {
  const html = document.documentElement;
  return {
    markup: document.getElementById('root')?.innerHTML ?? '',
    attributes: Object.fromEntries(html.getAttributeNames().map((name) => [name, html.getAttribute(name) ?? ''])),
  };
}
