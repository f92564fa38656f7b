-- 0005: the visit log expires into daily counts, and saved plans keep no save order. Never edit once landed.

-- Daily counts of the visit log, kept after the raw events expire (electron/core/visits/retention.ts):
-- per day, event kind, language, tutorial and answer. No visit id, no hour, no step, no order: what a
-- centre reports (visits, languages, guides, answers, printed checklists) and nothing that tells one
-- visit from another. '' stands for "none", not NULL, so the key can add a later count to its row.
CREATE TABLE visit_daily (
  day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  kind TEXT NOT NULL,
  locale TEXT NOT NULL DEFAULT '',
  tutorial_id TEXT NOT NULL DEFAULT '',
  answer_id TEXT NOT NULL DEFAULT '',
  events INTEGER NOT NULL CHECK (events > 0),
  PRIMARY KEY (day, kind, locale, tutorial_id, answer_id)
) STRICT, WITHOUT ROWID;

-- saved_plan again, WITHOUT ROWID: rows were stored in save order (the rowid), which lined up with the
-- visit log's checklist_shown events, so a printed code could be tied to the visit that made it (audit
-- L2). Keyed by the code alone, rows sit in code order, which is random. Every plan is copied across.
CREATE TABLE saved_plan_by_code (
  code TEXT PRIMARY KEY CHECK (length(code) = 8 AND code NOT GLOB '*[^0-9]*'),
  plan_json TEXT NOT NULL,
  saved_day TEXT NOT NULL CHECK (saved_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT, WITHOUT ROWID;
INSERT INTO saved_plan_by_code (code, plan_json, saved_day) SELECT code, plan_json, saved_day FROM saved_plan ORDER BY code;
DROP TABLE saved_plan;
ALTER TABLE saved_plan_by_code RENAME TO saved_plan;
CREATE INDEX saved_plan_day ON saved_plan (saved_day);
