-- Public content a court can correct and withdraw: FAQ entries, live streams (title and hosts) and answered
-- questions. A withdrawn item leaves every public view at once; the court keeps it with who withdrew it and why.
-- A FAQ entry gets a version for If-Match, as streams and questions have.
ALTER TABLE faq_entry ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE faq_entry ADD COLUMN withdrawn_at TIMESTAMPTZ;
ALTER TABLE faq_entry ADD COLUMN withdrawn_by VARCHAR(200);
ALTER TABLE faq_entry ADD COLUMN withdrawal_reason VARCHAR(500);
ALTER TABLE live_stream ADD COLUMN withdrawn_at TIMESTAMPTZ;
ALTER TABLE live_stream ADD COLUMN withdrawn_by VARCHAR(200);
ALTER TABLE live_stream ADD COLUMN withdrawal_reason VARCHAR(500);
ALTER TABLE stream_question ADD COLUMN withdrawn_at TIMESTAMPTZ;
ALTER TABLE stream_question ADD COLUMN withdrawn_by VARCHAR(200);
ALTER TABLE stream_question ADD COLUMN withdrawal_reason VARCHAR(500);
