import { describe, expect, it, vi } from 'vitest';
import { createNewsEmitter } from '../../../electron/core/news/news-emitter.ts';
import { kioskNews, NEWS_NAMES, type NewsMessage, type NewsName } from '../../../shared/news.ts';

function listening() {
  const warnings: string[] = [];
  const news = createNewsEmitter((m) => void warnings.push(m));
  const heard: NewsMessage[] = [];
  const unsubscribe = news.subscribe((m) => void heard.push(m));
  return { news, heard, warnings, unsubscribe };
}

describe('the news contract', () => {
  it('gives every news name a schema, and no schema without a name', () => {
    expect(Object.keys(kioskNews).sort()).toEqual([...NEWS_NAMES].sort());
  });

  it.each<[NewsName, unknown]>([
    ['printerStatus', { state: 'no_paper', code: '48271935' }],
    ['backup', { status: 'written', reason: 'daily', day: '2026-12-06', path: '/home/kiosk/backups' }],
    ['staffSessionEnded', { reason: 'expired', token: 'secret' }],
  ])('refuses a %s carrying a field the contract does not name', (name, payload) => {
    expect(kioskNews[name].safeParse(payload).success).toBe(false);
  });
});

describe('the core news emitter', () => {
  it('hands every subscriber the news, parsed with the contract', () => {
    const { news, heard } = listening();
    const second: NewsMessage[] = [];
    news.subscribe((m) => void second.push(m));
    news.emit('staffSessionEnded', { reason: 'expired' });
    news.emit('backup', { status: 'failed', reason: 'daily', diskFull: true });
    const expected = [
      { name: 'staffSessionEnded', payload: { reason: 'expired' } },
      { name: 'backup', payload: { status: 'failed', reason: 'daily', diskFull: true } },
    ];
    expect(heard).toEqual(expected);
    expect(second).toEqual(expected);
  });

  it('drops news that does not fit the contract, naming it in the log without quoting it, and never throws', () => {
    const { news, heard, warnings } = listening();
    const emitAnything = news.emit as (name: string, payload: unknown) => void;
    expect(() => emitAnything('printerStatus', { state: 'on_fire', code: '48271935' })).not.toThrow();
    expect(heard).toEqual([]);
    expect(warnings).toEqual(['SafeCall news: "printerStatus" was not sent, its payload does not fit the contract']);
  });

  it('keeps telling the others when one listener throws', () => {
    const { news, heard, warnings } = listening();
    news.subscribe(() => {
      throw new Error('page gone');
    });
    news.subscribe((m) => void heard.push(m));
    expect(() => news.emit('printerStatus', { state: 'ready' })).not.toThrow();
    expect(heard).toHaveLength(2);
    expect(warnings).toEqual(['SafeCall news: a listener failed on "printerStatus": page gone']);
  });

  it('forgets a listener once it unsubscribes, and counts only the ones still there', () => {
    const { news, heard, unsubscribe } = listening();
    const same = vi.fn();
    const offA = news.subscribe(same);
    const offB = news.subscribe(same);
    expect(news.listenerCount()).toBe(3);
    unsubscribe();
    offA();
    offA();
    expect(news.listenerCount()).toBe(1);
    news.emit('printerStatus', { state: 'ready' });
    expect(heard).toEqual([]);
    expect(same).toHaveBeenCalledOnce();
    offB();
    expect(news.listenerCount()).toBe(0);
  });

  it('tells every listener whom news for one window or page is for, and says nothing of it for the rest', () => {
    const news = createNewsEmitter(() => {});
    const heard: Array<[string, string | undefined]> = [];
    news.subscribe((m, to) => void heard.push([m.name, to]));
    news.emitTo('page:A', 'staffSessionEnded', { reason: 'expired' });
    news.emit('printerStatus', { state: 'ready' });
    expect(heard).toEqual([
      ['staffSessionEnded', 'page:A'],
      ['printerStatus', undefined],
    ]);
  });
});
