-- 0002: tutorial search, safety advice, and re-provisioning from an edited kiosk.json.
-- Never edit this file once landed.

-- Full-text search over each tutorial as served in each locale. The trigram tokenizer matches any
-- three characters, so Chinese (no spaces between words) is searchable as well as Latin scripts;
-- remove_diacritics lets "video" find "vídeo" and a Vietnamese query typed without accents match.
CREATE VIRTUAL TABLE tutorial_search USING fts5 (
  tutorial_id UNINDEXED,
  locale UNINDEXED,
  title,
  summary,
  body,
  tokenize = 'trigram remove_diacritics 1'
);

-- The red flags, "someone is calling me now" advice, scam scripts and hotlines, per locale and
-- region, as served.
CREATE TABLE safety_advice (
  locale TEXT NOT NULL,
  region TEXT NOT NULL,
  view_json TEXT NOT NULL,
  PRIMARY KEY (locale, region)
) STRICT;

-- sha256 of the kiosk.json the settings were last taken from (NULL: defaults). When the file's hash
-- changes, the centre edited it on purpose, and it is applied again.
ALTER TABLE kiosk_settings ADD COLUMN provisioned_from TEXT;
