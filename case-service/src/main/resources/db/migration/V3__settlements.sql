-- Enforcement settlement agreements (执行和解协议) with installment plans.

CREATE TABLE settlement_agreement (
    id          UUID PRIMARY KEY,
    case_id     UUID           NOT NULL REFERENCES enforcement_case (id),
    court       VARCHAR(32)    NOT NULL,
    status      VARCHAR(16)    NOT NULL CHECK (status IN ('PERFORMING', 'BREACHED', 'COMPLETED', 'TERMINATED')),
    total       NUMERIC(16, 2) NOT NULL CHECK (total > 0),
    signed_on   DATE           NOT NULL,
    terms       TEXT,
    created_by  VARCHAR(200)   NOT NULL,
    created_at  TIMESTAMPTZ    NOT NULL,
    breached_at TIMESTAMPTZ,
    ended_at    TIMESTAMPTZ,
    version     BIGINT         NOT NULL
);
-- At most one live agreement per case.
CREATE UNIQUE INDEX settlement_one_live_per_case ON settlement_agreement (case_id)
    WHERE status IN ('PERFORMING', 'BREACHED');

CREATE TABLE installment (
    id           UUID PRIMARY KEY,
    agreement_id UUID           NOT NULL REFERENCES settlement_agreement (id),
    seq          INTEGER        NOT NULL,
    due_on       DATE           NOT NULL,
    amount       NUMERIC(16, 2) NOT NULL CHECK (amount > 0),
    paid         NUMERIC(16, 2) NOT NULL DEFAULT 0 CHECK (paid >= 0),
    status       VARCHAR(16)    NOT NULL CHECK (status IN ('OPEN', 'PAID', 'MISSED')),
    missed_at    TIMESTAMPTZ,
    UNIQUE (agreement_id, seq)
);
CREATE INDEX installment_open_due ON installment (due_on) WHERE status = 'OPEN';

-- Which payment paid which installment (negative rows undo a reversed payment's allocation).
CREATE TABLE installment_allocation (
    id             BIGSERIAL PRIMARY KEY,
    installment_id UUID           NOT NULL REFERENCES installment (id),
    payment_id     UUID           NOT NULL REFERENCES payment (id),
    amount         NUMERIC(16, 2) NOT NULL CHECK (amount <> 0)
);
CREATE INDEX installment_allocation_payment ON installment_allocation (payment_id);
CREATE TRIGGER installment_allocation_append_only BEFORE UPDATE OR DELETE ON installment_allocation
    FOR EACH ROW EXECUTE FUNCTION forbid_change();
