-- 0003: the visit log records which answer a visitor chose (an id from content/questions.yaml,
-- never free text), so a centre can see which phones and apps its visitors use. Never edit once landed.
ALTER TABLE visit_event ADD COLUMN answer_id TEXT;
