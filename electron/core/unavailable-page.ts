/**
 * The page both shells show while the core cannot start: plain HTML, no script, no style (the CSP
 * allows neither inline), one calm line for visitors and the one-sentence cause for staff. It is in
 * English: it is for staff, and a visitor only needs "ask a member of staff".
 */

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function inWords(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 90) return `${seconds} seconds`;
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}

export interface UnavailablePageInput {
  message: string;
  retryInMs: number;
  /** The browser shell reloads the page so it becomes the kiosk once the core starts; Electron swaps windows itself. */
  reloadAfterSeconds?: number;
}

export function unavailablePage(input: UnavailablePageInput): string {
  const refresh =
    input.reloadAfterSeconds === undefined ? '' : `\n<meta http-equiv="refresh" content="${input.reloadAfterSeconds}">`;
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">${refresh}
<title>SafeCall Kiosk is not available</title>
</head>
<body>
<main>
<h1>This kiosk is not available at the moment.</h1>
<p>Please ask a member of staff.</p>
<h2>For staff</h2>
<p>${escapeHtml(input.message)}</p>
<p>The kiosk tries again by itself. Next try in about ${inWords(input.retryInMs)}.</p>
</main>
</body>
</html>
`;
}
