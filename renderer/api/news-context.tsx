import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { NewsName, NewsPayload } from '../../shared/news.ts';
import { pageNews, type NewsClient } from './news-client.ts';

const NewsContext = createContext<NewsClient | null>(null);

/** Hands screens a news client other than the page's own (a component test's fake core). */
export function NewsProvider({ news, children }: { news: NewsClient; children: ReactNode }) {
  return <NewsContext.Provider value={news}>{children}</NewsContext.Provider>;
}

/**
 * The latest `name` news the core sent since the screen mounted, or undefined until there is one: a
 * staff screen draws "out of paper" the moment the core says so, without asking again and again.
 * Subscribed while mounted; news for another name, or from before the name changed, is never returned.
 */
export function useNews<N extends NewsName>(name: N): NewsPayload<N> | undefined {
  const news = useContext(NewsContext) ?? pageNews();
  const [latest, setLatest] = useState<{ name: NewsName; payload: NewsPayload<N> } | undefined>(undefined);
  useEffect(() => news.onNews(name, (payload) => setLatest({ name, payload })), [news, name]);
  return latest?.name === name ? latest.payload : undefined;
}
