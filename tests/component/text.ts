/** Text as a reader meets it: runs of white space are one space, none at the ends (as Playwright's toHaveText compares). */
export function normalized(text: string): string {
  return text.replaceAll('\u200b', '').replaceAll(/\s+/g, ' ').trim();
}

/** The words of the first element matching `selector`, normalized; '' when there is none. */
export function shownText(selector: string): string {
  return normalized(document.querySelector(selector)?.textContent ?? '');
}
