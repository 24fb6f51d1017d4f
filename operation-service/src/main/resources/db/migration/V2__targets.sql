-- Targets: enforcement cases of case-service whose debtors an operation seeks, and the travel times between places.

CREATE TABLE target (
    id                  UUID PRIMARY KEY,
    operation_id        UUID         NOT NULL REFERENCES operation (id),
    seq                 INTEGER      NOT NULL,
    case_id             UUID         NOT NULL,
    case_number         VARCHAR(64)  NOT NULL,
    -- What we keep of the case: its id and number and the debtor's masked name (surname + 某).
    debtor_name         VARCHAR(64)  NOT NULL,
    address             VARCHAR(500) NOT NULL,
    lat                 NUMERIC(9, 6),
    lng                 NUMERIC(9, 6),
    arrive_not_before   TIME,
    arrive_not_after    TIME,
    pinned_team_id      UUID REFERENCES team (id),
    status              VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'FOUND', 'NOT_FOUND', 'ABSENT')),
    created_at          TIMESTAMPTZ  NOT NULL,
    UNIQUE (operation_id, case_id),
    UNIQUE (operation_id, seq)
);

-- Travel minutes supplied by the court; 'ASSEMBLY' or a target id at each end. Missing pairs use distance/speed.
CREATE TABLE travel_time (
    operation_id UUID        NOT NULL REFERENCES operation (id),
    from_place   VARCHAR(64) NOT NULL,
    to_place     VARCHAR(64) NOT NULL,
    minutes      INTEGER     NOT NULL CHECK (minutes >= 0),
    PRIMARY KEY (operation_id, from_place, to_place)
);

-- The last computed dispatch plan of an operation, as returned to users.
CREATE TABLE dispatch_plan (
    operation_id UUID PRIMARY KEY REFERENCES operation (id),
    computed_at  TIMESTAMPTZ  NOT NULL,
    computed_by  VARCHAR(200) NOT NULL,
    plan         JSONB        NOT NULL
);
