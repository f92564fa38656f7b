-- 0008: the visit log's daily rollup feeds the staff reports, kept up to date as the day goes on, and the
-- core records what it witnesses (printing with its languages, the content version). Never edit once landed.

-- A print names both languages of a bilingual sheet; every event names the content it was shown (the
-- first 12 hex digits of the content key), so a report can tell numbers from before and after an update.
ALTER TABLE visit_event ADD COLUMN second_locale TEXT;
ALTER TABLE visit_event ADD COLUMN content_version TEXT;

-- The daily rollup (electron/core/visits/visit-rollup.repository.ts): per day and event kind, language(s),
-- guide, answer, whether the visit was assisted, and content version, how many events and how many
-- distinct visits. No visit id, no hour, no step, no order. '' stands for "none", so the key stays whole.
-- `assisted` is the visit's: 1 on every count of a visit staff started beside the visitor.
-- Days still in the raw log are recounted from it (idempotent); older days are final.
CREATE TABLE visit_rollup (
  day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  kind TEXT NOT NULL,
  locale TEXT NOT NULL DEFAULT '',
  second_locale TEXT NOT NULL DEFAULT '',
  tutorial_id TEXT NOT NULL DEFAULT '',
  answer_id TEXT NOT NULL DEFAULT '',
  assisted INTEGER NOT NULL DEFAULT 0 CHECK (assisted IN (0, 1)),
  content_version TEXT NOT NULL DEFAULT '',
  events INTEGER NOT NULL CHECK (events > 0),
  visits INTEGER NOT NULL CHECK (visits > 0 AND visits <= events),
  PRIMARY KEY (day, kind, locale, second_locale, tutorial_id, answer_id, assisted, content_version)
) STRICT, WITHOUT ROWID;

-- The counts 0005/0006 kept for expired days come across. They never counted distinct visits, so each
-- keeps events as its visits: exact for visit_started (one per visit), an upper bound for the rest.
INSERT INTO visit_rollup (day, kind, locale, tutorial_id, answer_id, assisted, events, visits)
  SELECT day, kind, locale, tutorial_id, answer_id, assisted, events, events FROM visit_daily;
DROP TABLE visit_daily;

-- Days whose raw events changed since the rollup last counted them: a trigger marks them as events arrive,
-- and the rollup recounts exactly those days, then forgets them, in one transaction.
CREATE TABLE visit_rollup_dirty (
  day TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT, WITHOUT ROWID;
INSERT OR IGNORE INTO visit_rollup_dirty (day) SELECT DISTINCT substr(hour, 1, 10) FROM visit_event;
CREATE TRIGGER visit_event_marks_day AFTER INSERT ON visit_event
BEGIN
  INSERT OR IGNORE INTO visit_rollup_dirty (day) VALUES (substr(NEW.hour, 1, 10));
END;

-- One row: the first day still whole in the raw log. Days before it were purged after their rollup and are
-- final: a late event for one (a clock set back) is added to its counts, never recounted from a partial day.
CREATE TABLE visit_log_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  purged_before TEXT CHECK (purged_before GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;
-- The counts that came across are of purged days: the raw log is whole from the day after the last of them.
INSERT INTO visit_log_state (id, purged_before) VALUES (1, (SELECT date(max(day), '+1 day') FROM visit_rollup));
