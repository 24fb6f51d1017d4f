-- Coercive and enforcement measures (强制措施 / 执行措施).

CREATE TABLE measure (
    id                        UUID PRIMARY KEY,
    case_id                   UUID           NOT NULL REFERENCES enforcement_case (id),
    court                     VARCHAR(32)    NOT NULL,
    type                      VARCHAR(32)    NOT NULL,
    status                    VARCHAR(24)    NOT NULL,
    respondent_id             UUID REFERENCES party (id),
    reason                    TEXT,
    -- type-specific terms; the legal limits are checked in MeasurePolicy
    duration_hours            INTEGER,
    complex                   BOOLEAN,
    detention_days            INTEGER,
    amount                    NUMERIC(16, 2),
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
    result_amount             NUMERIC(16, 2),
    result_note               TEXT,
    result_at                 TIMESTAMPTZ,
    payment_id                UUID REFERENCES payment (id),
    version                   BIGINT         NOT NULL
);
CREATE INDEX measure_case ON measure (case_id);
