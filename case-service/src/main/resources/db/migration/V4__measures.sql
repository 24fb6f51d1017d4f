-- Coercive and enforcement measures (强制措施 / 执行措施).

CREATE TABLE measure (
    id                        UUID PRIMARY KEY,
    case_id                   UUID           NOT NULL REFERENCES enforcement_case (id),
    court                     VARCHAR(32)    NOT NULL,
    type                      VARCHAR(32)    NOT NULL CHECK (type IN ('SUMMONS', 'DETENTION', 'FINE',
                                                 'PROPERTY_REPORT_ORDER', 'DISHONEST_LISTING',
                                                 'CONSUMPTION_RESTRICTION', 'SEARCH', 'SEIZURE', 'FREEZE',
                                                 'VALUATION', 'AUCTION')),
    status                    VARCHAR(24)    NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'ORDERED', 'REJECTED',
                                                 'EXECUTED', 'COMPLETED', 'REFUSED')),
    respondent_id             UUID REFERENCES party (id),
    reason                    TEXT,
    -- type-specific terms; the legal limits are checked in MeasurePolicy
    duration_hours            INTEGER,
    complex                   BOOLEAN,
    detention_days            INTEGER,
    amount                    NUMERIC(16, 2) CHECK (amount > 0),
    deadline                  DATE,
    starts_on                 DATE,
    ends_on                   DATE,
    property                  TEXT,
    warrant_number            VARCHAR(100),
    supervising_procuratorate VARCHAR(200),
    witnesses                 JSONB,
    -- decisions and results
    ordered_by                VARCHAR(200)   NOT NULL,
    ordered_at                TIMESTAMPTZ    NOT NULL,
    decided_by                VARCHAR(200),
    decided_at                TIMESTAMPTZ,
    decision_note             TEXT,
    result_amount             NUMERIC(16, 2) CHECK (result_amount > 0),
    -- the day of the outcome where it has one (an auction's sale day)
    result_on                 DATE,
    result_note               TEXT,
    result_at                 TIMESTAMPTZ,
    payment_id                UUID REFERENCES payment (id),
    version                   BIGINT         NOT NULL,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on > starts_on)
);
CREATE INDEX measure_case ON measure (case_id, ordered_at);
