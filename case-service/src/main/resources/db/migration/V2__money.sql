-- Enforcement money (执行款): an append-only ledger of payments and reversals, and disbursements (案款发放).

CREATE TABLE payment (
    id                  UUID PRIMARY KEY,
    case_id             UUID           NOT NULL REFERENCES enforcement_case (id),
    court               VARCHAR(32)    NOT NULL,
    kind                VARCHAR(16)    NOT NULL CHECK (kind IN ('PAYMENT', 'REVERSAL')),
    channel             VARCHAR(32)    NOT NULL,
    payer               VARCHAR(200)   NOT NULL,
    -- Signed: payments are positive, reversals negative, so SUM(amount) is what was paid.
    amount              NUMERIC(16, 2) NOT NULL CHECK (amount <> 0),
    received_on         DATE           NOT NULL,
    reference           VARCHAR(200),
    reverses_payment_id UUID UNIQUE REFERENCES payment (id),
    reason              TEXT,
    recorded_by         VARCHAR(200)   NOT NULL,
    recorded_at         TIMESTAMPTZ    NOT NULL,
    CHECK ((kind = 'PAYMENT' AND amount > 0 AND reverses_payment_id IS NULL)
        OR (kind = 'REVERSAL' AND amount < 0 AND reverses_payment_id IS NOT NULL))
);
CREATE INDEX payment_case ON payment (case_id, recorded_at);
CREATE TRIGGER payment_append_only BEFORE UPDATE OR DELETE ON payment
    FOR EACH ROW EXECUTE FUNCTION forbid_change();

CREATE TABLE disbursement (
    id            UUID PRIMARY KEY,
    case_id       UUID           NOT NULL REFERENCES enforcement_case (id),
    court         VARCHAR(32)    NOT NULL,
    payee_id      UUID           NOT NULL REFERENCES party (id),
    amount        NUMERIC(16, 2) NOT NULL CHECK (amount > 0),
    status        VARCHAR(16)    NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED')),
    note          TEXT,
    requested_by  VARCHAR(200)   NOT NULL,
    requested_at  TIMESTAMPTZ    NOT NULL,
    decided_by    VARCHAR(200),
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    version       BIGINT         NOT NULL
);
CREATE INDEX disbursement_case ON disbursement (case_id);
