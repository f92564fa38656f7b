/**
 * The names of the news the core sends the page, its one IPC channel and its one HTTP route, and
 * nothing else: no zod. The preload imports only this file (as it does calls.ts), so the schemas never
 * ride into every page load. shared/news.ts gives each name its payload schema and fails to type-check
 * if the two lists differ.
 */
export const NEWS_NAMES = ['printerStatus', 'backup', 'staffSessionEnded'] as const;

export type NewsName = (typeof NEWS_NAMES)[number];

export function isNewsName(name: unknown): name is NewsName {
  return typeof name === 'string' && (NEWS_NAMES as readonly string[]).includes(name);
}

/** Electron: every piece of news travels on this one channel, from the main process to the kiosk page. */
export const NEWS_CHANNEL = 'kiosk-news';

/** The browser shell: server-sent events, one stream per page, each event named for its news. */
export const NEWS_ROUTE = '/api/news';

/**
 * The browser shell: the query parameter that names the page on its stream (`/api/news?page=<id>`), the
 * same id its calls carry in a header (EventSource cannot send headers). News for one page goes to its
 * stream only; a stream without a valid id hears only the news for every page.
 */
export const NEWS_PAGE_PARAM = 'page';

/** A page's stream: `/api/news?page=<id>`. */
export const newsUrl = (page: string): string => `${NEWS_ROUTE}?${NEWS_PAGE_PARAM}=${encodeURIComponent(page)}`;
