-- 0009: search reads each language's documents into memory and matches them there (issue 18: ten times today's
-- library must answer in 3 ms; the FTS5 index ranked every match in every language to return twenty, and
-- building it was half of a first start). The documents are stored as the search compares them: folded
-- (electron/core/search/search-fold.ts), in the tutorials' order. The content compiler's version went up with
-- this, so every kiosk fills the new table at its next start. Never edit this file once landed.
DROP TABLE tutorial_search;

CREATE TABLE tutorial_search (
  locale TEXT NOT NULL,
  tutorial_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (locale, tutorial_id)
) STRICT, WITHOUT ROWID;
