-- 0001: the first schema. Never edit this file once landed: add 0002_*.sql instead.

-- The centre's settings, one validated JSON document (kiosk.json provisions it at first start).
CREATE TABLE kiosk_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  json TEXT NOT NULL
) STRICT;

-- Which content is loaded: the hash of the source it was compiled from.
CREATE TABLE content_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE tutorial (
  id TEXT PRIMARY KEY,
  topic TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  minutes INTEGER NOT NULL,
  last_verified TEXT NOT NULL
) STRICT;

-- One row per tutorial and locale: the tutorial as served in that language (falling back to
-- English where a translation is missing, with served_locale saying so).
CREATE TABLE tutorial_locale (
  tutorial_id TEXT NOT NULL REFERENCES tutorial (id) ON DELETE CASCADE,
  locale TEXT NOT NULL,
  served_locale TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  view_json TEXT NOT NULL,
  PRIMARY KEY (tutorial_id, locale)
) STRICT;

-- The anonymous visit log. No personal data and no free text: a random visit id that lives only as
-- long as the visit, an event kind from a closed set, content ids, and the time to the hour only.
CREATE TABLE visit_event (
  id INTEGER PRIMARY KEY,
  visit_id TEXT NOT NULL CHECK (length(visit_id) = 36),
  kind TEXT NOT NULL,
  tutorial_id TEXT,
  locale TEXT,
  step_index INTEGER,
  hour TEXT NOT NULL CHECK (hour GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]')
) STRICT;

CREATE INDEX visit_event_hour ON visit_event (hour);
CREATE INDEX visit_event_visit ON visit_event (visit_id);
