import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../electron/core/search/search-fold.ts';
import { queryTerms } from '../../../electron/core/search/search.service.ts';

describe('search folds text the way visitors type it', () => {
  it.each([
    ['full-width letters', 'ＦａｃｅＴｉｍｅ', 'facetime'],
    ['accents and case', 'ÁPAGUE las Videollamadas', 'apague las videollamadas'],
    ['Vietnamese tones and hooks', 'Tắt FaceTime', 'tat facetime'],
    ['Vietnamese đ, which has no decomposition', 'Điện thoại', 'dien thoai'],
    ['Arabic short vowels', 'مُكَالَمَة', 'مكالمة'],
  ])('%s', (_what, text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('keeps Hangul syllables and Chinese characters whole', () => {
    expect(foldForSearch('영상통화')).toBe('영상통화');
    expect(foldForSearch('視像通話')).toBe('視像通話');
  });

  it('splits a query into at most eight folded terms at spaces and punctuation', () => {
    expect(queryTerms('Block, UNKNOWN  callers!')).toEqual(['block', 'unknown', 'callers']);
    expect(queryTerms('a b c d e f g h i j')).toHaveLength(8);
  });
});
