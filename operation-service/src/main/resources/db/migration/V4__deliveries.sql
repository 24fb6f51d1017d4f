-- Outcomes of the timeline that case-service must record (on-site payments, summonses, detentions, settlements,
-- hand-overs), delivered exactly once: a row is written in the transaction of its timeline entry (outbox), then the
-- delivery poller claims it (FOR UPDATE SKIP LOCKED, with a lease), calls case-service with an Idempotency-Key
-- derived from the entry, and records the answer.

CREATE TABLE delivery (
    id                UUID PRIMARY KEY,
    entry_id          UUID         NOT NULL UNIQUE REFERENCES timeline_entry (entry_id),
    operation_id      UUID         NOT NULL REFERENCES operation (id),
    target_id         UUID         NOT NULL REFERENCES target (id),
    court             VARCHAR(32)  NOT NULL,
    case_id           UUID         NOT NULL,
    case_number       VARCHAR(64)  NOT NULL,
    kind              VARCHAR(16)  NOT NULL CHECK (kind IN ('PAYMENT', 'SUMMONS', 'DETENTION', 'SETTLEMENT',
                                                           'HANDOVER')),
    idempotency_key   VARCHAR(200) NOT NULL UNIQUE,
    -- the body sent to case-service (a summons' or detention's respondent is filled in before the first send)
    request           JSONB        NOT NULL,
    status            VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts          INTEGER      NOT NULL CHECK (attempts >= 0),
    -- when the row is next due; while an attempt runs, the end of its lease
    next_attempt_at   TIMESTAMPTZ  NOT NULL,
    -- the running attempt's claim: only it may record the outcome
    claim_token       UUID,
    last_attempt_at   TIMESTAMPTZ,
    last_status       INTEGER,
    last_error        TEXT,
    delivered_at      TIMESTAMPTZ,
    response_status   INTEGER,
    response_location VARCHAR(500),
    response_summary  VARCHAR(1000),
    created_at        TIMESTAMPTZ  NOT NULL,
    CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL))
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_court_status ON delivery (court, status, created_at);

-- The database, too, refuses a forked timeline: no two entries of one operation follow the same predecessor.
CREATE UNIQUE INDEX timeline_entry_chain_link ON timeline_entry (operation_id, previous_hash);
