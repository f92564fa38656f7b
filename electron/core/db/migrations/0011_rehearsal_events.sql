-- 0011: practice scam calls in the visit log (issue 20). Never edit once landed.
--
-- A rehearsal_started / rehearsal_finished row names the practice call (a content id). A finished one also
-- names the red flags the visitor met in it, as a set: sorted ids joined by commas, never the choices in the
-- order they were made. Both are checked against the content before they are written: no free text.
ALTER TABLE visit_event ADD COLUMN rehearsal_id TEXT CHECK (rehearsal_id GLOB '[a-z0-9]*' AND length(rehearsal_id) <= 64);
ALTER TABLE visit_event ADD COLUMN red_flags TEXT CHECK (red_flags GLOB '[a-z0-9,-]*' AND length(red_flags) <= 600);
