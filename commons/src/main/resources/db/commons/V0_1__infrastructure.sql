-- Infrastructure tables every service has in the same form; the mechanics are in enforcement-commons.
-- Services list this location next to their own: quarkus.flyway.locations=db/migration,db/commons

-- Transactional outbox and event feed. Ids are taken under an advisory lock, so they commit in order.
CREATE TABLE outbox_event (
    id             BIGSERIAL PRIMARY KEY,
    event_id       UUID         NOT NULL UNIQUE,
    type           VARCHAR(64)  NOT NULL,
    court          VARCHAR(32)  NOT NULL,
    case_id        VARCHAR(64),
    aggregate_type VARCHAR(64)  NOT NULL,
    aggregate_id   VARCHAR(64)  NOT NULL,
    payload        JSONB        NOT NULL,
    occurred_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX outbox_event_court_id ON outbox_event (court, id);

-- Hash-chained audit trail.
CREATE TABLE audit_entry (
    id            BIGSERIAL PRIMARY KEY,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    actor         VARCHAR(200) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    court         VARCHAR(32)  NOT NULL,
    action        VARCHAR(64)  NOT NULL,
    resource_type VARCHAR(64)  NOT NULL,
    resource_id   VARCHAR(64)  NOT NULL,
    detail        TEXT,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL
);
CREATE INDEX audit_entry_court_id ON audit_entry (court, id);

-- Idempotency keys of money requests.
CREATE TABLE idempotency_key (
    scope             VARCHAR(200) NOT NULL,
    idem_key          VARCHAR(200) NOT NULL,
    fingerprint       CHAR(64)     NOT NULL,
    state             VARCHAR(16)  NOT NULL CHECK (state IN ('IN_FLIGHT', 'COMPLETED')),
    created_at        TIMESTAMPTZ  NOT NULL,
    lease_until       TIMESTAMPTZ  NOT NULL,
    response_status   INTEGER,
    response_body     TEXT,
    response_location VARCHAR(500),
    PRIMARY KEY (scope, idem_key)
);

-- Append-only tables refuse UPDATE and DELETE at the database, whatever the application does.
CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'rows of % are append-only', TG_TABLE_NAME;
END $$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION forbid_change();
CREATE TRIGGER outbox_event_append_only BEFORE UPDATE OR DELETE ON outbox_event
    FOR EACH ROW EXECUTE FUNCTION forbid_change();
