-- The newest event id each source reported on its last page read (null until a source reports one), to tell the lag.
ALTER TABLE feed_cursor ADD COLUMN head_event_id BIGINT;

-- Events that could not be turned into metrics (a malformed payload, a bug in the projection). The feed's cursor
-- passes them; each stays here until a retry applies it. Columns are wide: whatever the source sent is kept.
CREATE TABLE dead_letter_event (
    event_id        UUID        PRIMARY KEY,
    feed            VARCHAR(32) NOT NULL,
    feed_position   BIGINT      NOT NULL,
    type            TEXT        NOT NULL,
    court           TEXT,
    case_id         TEXT,
    aggregate_type  TEXT,
    aggregate_id    TEXT,
    payload         JSONB,
    occurred_at     TIMESTAMPTZ,
    error           TEXT        NOT NULL,
    first_failed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_failed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts        INTEGER     NOT NULL DEFAULT 1
);
CREATE INDEX dead_letter_event_feed ON dead_letter_event (feed, feed_position);
