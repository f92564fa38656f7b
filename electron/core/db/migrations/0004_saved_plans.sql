-- 0004: a visitor's plan saved under a resume code (printed on their checklist) so staff can reopen
-- it on a later visit. Only content ids and the day it was saved: no visit id, no time, no person.
-- Rows older than the retention period are deleted at start and on every save. Never edit once landed.
CREATE TABLE saved_plan (
  code TEXT PRIMARY KEY CHECK (length(code) = 8 AND code NOT GLOB '*[^0-9]*'),
  plan_json TEXT NOT NULL,
  saved_day TEXT NOT NULL CHECK (saved_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;
CREATE INDEX saved_plan_day ON saved_plan (saved_day);
