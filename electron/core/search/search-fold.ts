/**
 * How search compares text: a visitor types without accents, in any case, with a full-width keyboard, and still
 * finds the guide. NFKC folds full-width letters and digits ("ＦａｃｅＴｉｍｅ"); decomposing and dropping the
 * combining marks folds accents ("ÁPAGUE", "tắt" typed "tat"), and Arabic short vowels, which few people type;
 * recomposing keeps Hangul syllables whole. Vietnamese đ has no decomposition, so it is folded by name.
 * Documents are stored folded (search.compile.ts); queries are folded the same way.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .normalize('NFC')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
