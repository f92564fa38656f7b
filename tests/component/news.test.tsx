import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { createNewsClient, type NewsTransport } from '../../renderer/api/news-client.ts';
import { NewsProvider, useNews } from '../../renderer/api/news-context.tsx';
import type { NewsName } from '../../shared/news.ts';
import { mountScreen } from './mount.tsx';

/**
 * useNews on a screen: the news the core sends is drawn as it arrives, with no call and no timer.
 * A stand-in for a staff screen's printer and session lines (the staff screens are built elsewhere).
 */
function PrinterLine() {
  const printer = useNews('printerStatus');
  const session = useNews('staffSessionEnded');
  return (
    <main>
      <p data-testid="printer">{printer ? `printer: ${printer.state}` : 'printer: not known yet'}</p>
      <p data-testid="session">{session ? `session ended: ${session.reason}` : 'session open'}</p>
    </main>
  );
}

function pushable() {
  const listeners = new Set<{ name: NewsName; listener: (payload: unknown) => void }>();
  const transport: NewsTransport = (name, listener) => {
    const entry = { name, listener };
    listeners.add(entry);
    return () => void listeners.delete(entry);
  };
  const push = (name: NewsName, payload: unknown) =>
    [...listeners].filter((e) => e.name === name).forEach((e) => e.listener(payload));
  return { transport, push, count: () => listeners.size };
}

const original = window.kiosk;
afterEach(() => {
  window.kiosk = original;
});

describe('a screen using useNews', () => {
  it('draws each piece of news as it arrives, and only the news it asked for', async () => {
    const { transport, push } = pushable();
    const news = createNewsClient(transport, () => {});
    await mountScreen(
      <NewsProvider news={news}>
        <PrinterLine />
      </NewsProvider>,
    );
    const printer = page.getByTestId('printer');
    await expect.element(printer).toHaveTextContent('printer: not known yet');
    push('printerStatus', { state: 'no_paper' });
    await expect.element(printer).toHaveTextContent('printer: no_paper');
    push('printerStatus', { state: 'ready' });
    await expect.element(printer).toHaveTextContent('printer: ready');
    await expect.element(page.getByTestId('session')).toHaveTextContent('session open');
    push('staffSessionEnded', { reason: 'expired' });
    await expect.element(page.getByTestId('session')).toHaveTextContent('session ended: expired');
  });

  it('keeps what it shows when news does not fit the contract, and the page goes on', async () => {
    const { transport, push } = pushable();
    const news = createNewsClient(transport, () => {});
    await mountScreen(
      <NewsProvider news={news}>
        <PrinterLine />
      </NewsProvider>,
    );
    push('printerStatus', { state: 'offline' });
    await expect.element(page.getByTestId('printer')).toHaveTextContent('printer: offline');
    expect(() => push('printerStatus', { state: 'on_fire' })).not.toThrow();
    push('staffSessionEnded', { reason: 'expired' });
    await expect.element(page.getByTestId('session')).toHaveTextContent('session ended: expired');
    await expect.element(page.getByTestId('printer')).toHaveTextContent('printer: offline');
    expect(news.dropped()).toBe(1);
  });

  it("listens through Electron's preload when there is one, and lets go when the screen goes", async () => {
    const { transport, push, count } = pushable();
    const on = vi.fn(transport);
    window.kiosk = { on } as unknown as Window['kiosk'];
    const mounted = await mountScreen(<PrinterLine />);
    expect(on.mock.calls.map(([name]) => name).sort()).toEqual(['printerStatus', 'staffSessionEnded']);
    push('printerStatus', { state: 'no_printer' });
    await expect.element(page.getByTestId('printer')).toHaveTextContent('printer: no_printer');
    await mounted.show(<p>another screen</p>);
    expect(count()).toBe(0);
  });
});
