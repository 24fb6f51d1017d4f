-- Concentrated enforcement operations (集中执行行动), the people taking part, and their teams.

CREATE TABLE operation (
    id                 UUID PRIMARY KEY,
    court              VARCHAR(32)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    campaign_code      VARCHAR(64),
    operation_date     DATE         NOT NULL,
    assembly_place     VARCHAR(300) NOT NULL,
    assembly_lat       NUMERIC(9, 6),
    assembly_lng       NUMERIC(9, 6),
    assembly_time      TIME         NOT NULL,
    departure_time     TIME         NOT NULL,
    commander          VARCHAR(200) NOT NULL,
    requires_witnesses BOOLEAN      NOT NULL,
    min_witnesses      INTEGER      NOT NULL CHECK (min_witnesses >= 0),
    status             VARCHAR(16)  NOT NULL CHECK (status IN ('PLANNED', 'ASSEMBLED', 'UNDERWAY', 'CLOSED')),
    assembled_at       TIMESTAMPTZ,
    departed_at        TIMESTAMPTZ,
    closed_at          TIMESTAMPTZ,
    created_by         VARCHAR(200) NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL,
    CHECK (departure_time >= assembly_time)
);
CREATE INDEX operation_court_date ON operation (court, operation_date);

CREATE TABLE team (
    id           UUID PRIMARY KEY,
    operation_id UUID         NOT NULL REFERENCES operation (id),
    seq          INTEGER      NOT NULL,
    name         VARCHAR(100) NOT NULL,
    UNIQUE (operation_id, seq)
);

CREATE TABLE participant (
    id           UUID PRIMARY KEY,
    operation_id UUID         NOT NULL REFERENCES operation (id),
    user_id      VARCHAR(200),
    name         VARCHAR(200) NOT NULL,
    role         VARCHAR(16)  NOT NULL CHECK (role IN ('OFFICER', 'JUDGE', 'COMMANDER', 'CLERK', 'AUXILIARY')),
    team_id      UUID REFERENCES team (id),
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX participant_operation ON participant (operation_id);

CREATE TABLE witness (
    id           UUID PRIMARY KEY,
    operation_id UUID         NOT NULL REFERENCES operation (id),
    name         VARCHAR(200) NOT NULL,
    capacity     VARCHAR(32)  NOT NULL,
    organization VARCHAR(200),
    team_id      UUID REFERENCES team (id),
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX witness_operation ON witness (operation_id);
