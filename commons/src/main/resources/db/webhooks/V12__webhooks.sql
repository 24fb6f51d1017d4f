-- Webhooks (issue 16): integrators subscribe to their court's events, which are pushed as signed POSTs. The outbox
-- stays the source of truth; these tables only say who wants what and how each push went. Same tables in
-- operation-service (the mechanics are in enforcement-commons, package webhooks).
CREATE TABLE webhook_subscription (
    id                   UUID          PRIMARY KEY,
    court                VARCHAR(32)   NOT NULL,
    url                  VARCHAR(2000) NOT NULL,
    -- Empty: every event type.
    event_types          VARCHAR(64)[] NOT NULL,
    description          VARCHAR(200),
    -- whsec_ + base64 of 32 random bytes: the HMAC key, shown once to the subscriber.
    secret               VARCHAR(100)  NOT NULL,
    status               VARCHAR(16)   NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED', 'DELETED')),
    disabled_reason      VARCHAR(500),
    consecutive_failures INTEGER       NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
    -- The last outbox_event id looked at for this subscription: events after it are still to be enqueued.
    event_cursor         BIGINT        NOT NULL CHECK (event_cursor >= 0),
    created_by           VARCHAR(200)  NOT NULL,
    created_at           TIMESTAMPTZ   NOT NULL,
    updated_at           TIMESTAMPTZ   NOT NULL
);
CREATE INDEX webhook_subscription_court ON webhook_subscription (court, created_at);
CREATE INDEX webhook_subscription_active ON webhook_subscription (status) WHERE status = 'ACTIVE';

-- One row per (subscription, event): the UNIQUE constraint is what makes an event enqueued once per subscription,
-- whichever replica enqueues it. A replay sets the row back to PENDING; its attempts stay in webhook_attempt.
CREATE TABLE webhook_delivery (
    id              BIGSERIAL     PRIMARY KEY,
    subscription_id UUID          NOT NULL REFERENCES webhook_subscription (id),
    outbox_id       BIGINT        NOT NULL REFERENCES outbox_event (id),
    event_id        UUID          NOT NULL,
    event_type      VARCHAR(64)   NOT NULL,
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        INTEGER       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMPTZ   NOT NULL,
    -- A worker that claimed the row sends it until then; no other worker takes it meanwhile.
    claimed_until   TIMESTAMPTZ,
    claim_token     UUID,
    last_status     INTEGER,
    last_error      VARCHAR(500),
    created_at      TIMESTAMPTZ   NOT NULL,
    delivered_at    TIMESTAMPTZ,
    UNIQUE (subscription_id, outbox_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';

-- Every attempt, as it went: append-only, so the log an integrator reads is what happened.
CREATE TABLE webhook_attempt (
    id              BIGSERIAL    PRIMARY KEY,
    delivery_id     BIGINT       NOT NULL REFERENCES webhook_delivery (id),
    attempted_at    TIMESTAMPTZ  NOT NULL,
    -- The receiver's HTTP status; null when no answer came (refused address, timeout, connection error).
    response_status INTEGER,
    error           VARCHAR(500),
    duration_ms     INTEGER      NOT NULL CHECK (duration_ms >= 0)
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, id);
CREATE TRIGGER webhook_attempt_append_only BEFORE UPDATE OR DELETE ON webhook_attempt
    FOR EACH ROW EXECUTE FUNCTION forbid_change();
CREATE TRIGGER webhook_attempt_no_truncate BEFORE TRUNCATE ON webhook_attempt
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
