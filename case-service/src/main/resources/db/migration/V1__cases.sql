-- Enforcement cases (执行案件), their parties and lifecycle history.

CREATE TABLE case_number_counter (
    court      VARCHAR(32) NOT NULL,
    year       INTEGER     NOT NULL,
    last_value INTEGER     NOT NULL,
    PRIMARY KEY (court, year)
);

CREATE TABLE enforcement_case (
    id                      UUID PRIMARY KEY,
    court                   VARCHAR(32)    NOT NULL,
    case_number             VARCHAR(64)    NOT NULL UNIQUE,
    number_year             INTEGER        NOT NULL,
    number_seq              INTEGER        NOT NULL,
    cause                   VARCHAR(200)   NOT NULL,
    basis_document          VARCHAR(200)   NOT NULL,
    principal               NUMERIC(16, 2) NOT NULL CHECK (principal >= 0),
    costs                   NUMERIC(16, 2) NOT NULL CHECK (costs >= 0),
    non_monetary_obligation TEXT,
    assigned_judge          VARCHAR(200)   NOT NULL,
    campaign_code           VARCHAR(64),
    status                  VARCHAR(32)    NOT NULL,
    conclusion_type         VARCHAR(32),
    filed_on                DATE           NOT NULL,
    filed_at                TIMESTAMPTZ    NOT NULL,
    concluded_at            TIMESTAMPTZ,
    version                 BIGINT         NOT NULL,
    UNIQUE (court, number_year, number_seq)
);
CREATE INDEX enforcement_case_court_filed ON enforcement_case (court, filed_on, id);
CREATE INDEX enforcement_case_court_status ON enforcement_case (court, status);

CREATE TABLE party (
    id        UUID PRIMARY KEY,
    case_id   UUID         NOT NULL REFERENCES enforcement_case (id),
    role      VARCHAR(16)  NOT NULL CHECK (role IN ('APPLICANT', 'RESPONDENT')),
    kind      VARCHAR(16)  NOT NULL CHECK (kind IN ('PERSON', 'ORGANIZATION')),
    position  INTEGER      NOT NULL,
    name      VARCHAR(200) NOT NULL,
    id_number VARCHAR(64),
    phone     VARCHAR(32),
    address   VARCHAR(500)
);
CREATE INDEX party_case ON party (case_id);
CREATE INDEX party_name ON party (name);

CREATE TABLE case_transition (
    id              BIGSERIAL PRIMARY KEY,
    case_id         UUID         NOT NULL REFERENCES enforcement_case (id),
    action          VARCHAR(32)  NOT NULL,
    from_status     VARCHAR(32),
    to_status       VARCHAR(32)  NOT NULL,
    conclusion_type VARCHAR(32),
    reason          TEXT,
    actor           VARCHAR(200) NOT NULL,
    roles           VARCHAR(200) NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_transition_case ON case_transition (case_id, id);
CREATE TRIGGER case_transition_append_only BEFORE UPDATE OR DELETE ON case_transition
    FOR EACH ROW EXECUTE FUNCTION forbid_change();
