import { describe, expect, it } from 'vitest';
import { createContentCache } from '../../../electron/core/content/content-cache.ts';

describe('the content cache', () => {
  it('makes a value once while the content key stays the same, and again once it changed', () => {
    let key = 'content-1';
    let made = 0;
    const cache = createContentCache<{ n: number }>(() => key, 8);
    const make = () => ({ n: ++made });
    expect(cache('a', make)).toEqual({ n: 1 });
    expect(cache('a', make)).toEqual({ n: 1 });
    key = 'content-2';
    expect(cache('a', make)).toEqual({ n: 2 });
    expect(made).toBe(2);
  });

  it('keeps at most its bound, dropping the least recently used first', () => {
    let made = 0;
    const cache = createContentCache<{ id: string }>(() => 'k', 2);
    const make = (id: string) => () => (made++, { id });
    cache('a', make('a'));
    cache('b', make('b'));
    cache('a', make('a')); // a is now the most recent
    cache('c', make('c')); // so b goes
    expect(made).toBe(3);
    cache('a', make('a'));
    expect(made).toBe(3);
    cache('b', make('b'));
    expect(made).toBe(4);
  });

  it('hands out frozen values, so no caller can change what the next visitor is shown', () => {
    const cache = createContentCache<{ steps: { text: string }[] }>(() => 'k', 2);
    const view = cache('a', () => ({ steps: [{ text: 'Open Settings' }] }));
    expect(() => {
      (view?.steps[0] as { text: string }).text = 'Call this number';
    }).toThrow(TypeError);
    expect(() => view?.steps.push({ text: 'more' })).toThrow(TypeError);
  });

  it('keeps nothing for what was not found', () => {
    let asked = 0;
    const cache = createContentCache<object>(() => 'k', 2);
    expect(cache('missing', () => (asked++, undefined))).toBeUndefined();
    cache('missing', () => (asked++, undefined));
    expect(asked).toBe(2);
  });
});
