-- 0006: staff access (the PIN, its recovery code, the pad's lockout) and assisted visits. Never edit once landed.

-- One row: the staff PIN and the one-time recovery code, each only as a salted scrypt hash
-- (electron/core/staff/secret-hash.ts), never the digits or the code. The lockout is counted here, not in
-- memory, so restarting the kiosk does not give a guesser five fresh tries.
CREATE TABLE staff_access (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  pin_hash TEXT NOT NULL CHECK (pin_hash GLOB 'scrypt$*'),
  recovery_hash TEXT NOT NULL CHECK (recovery_hash GLOB 'scrypt$*'),
  -- Wrong tries since the last lock ended or the last right PIN.
  failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
  -- Locks in a row since the last right PIN: each one lasts twice as long as the one before.
  lockouts INTEGER NOT NULL DEFAULT 0 CHECK (lockouts >= 0),
  -- Milliseconds since the epoch when the pad opens again; NULL while it is not locked.
  locked_until INTEGER
) STRICT;

-- A visit started by staff beside the visitor (an assisted walkthrough) says so on its visit_started row:
-- 1 assisted, 0 not, NULL on every other event. Nothing about which member of staff: there is no such thing.
ALTER TABLE visit_event ADD COLUMN assisted INTEGER CHECK (assisted IN (0, 1));

-- The daily counts keep it too, so "how many visits were assisted" outlives the 90 raw days: visit_daily
-- again with an assisted column in its key (1 for an assisted visit's visit_started, 0 for every other
-- count). Every count is copied across as 0: no visit was assisted before this migration.
CREATE TABLE visit_daily_assisted (
  day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  kind TEXT NOT NULL,
  locale TEXT NOT NULL DEFAULT '',
  tutorial_id TEXT NOT NULL DEFAULT '',
  answer_id TEXT NOT NULL DEFAULT '',
  assisted INTEGER NOT NULL DEFAULT 0 CHECK (assisted IN (0, 1)),
  events INTEGER NOT NULL CHECK (events > 0),
  PRIMARY KEY (day, kind, locale, tutorial_id, answer_id, assisted)
) STRICT, WITHOUT ROWID;
INSERT INTO visit_daily_assisted (day, kind, locale, tutorial_id, answer_id, assisted, events)
  SELECT day, kind, locale, tutorial_id, answer_id, 0, events FROM visit_daily;
DROP TABLE visit_daily;
ALTER TABLE visit_daily_assisted RENAME TO visit_daily;
