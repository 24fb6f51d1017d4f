-- Campaigns (专项行动) organised by a court, the courts taking part and their key tasks (重点工作).
CREATE TABLE campaign (
    code                  VARCHAR(64)  PRIMARY KEY,
    name                  VARCHAR(200) NOT NULL,
    organizing_court      VARCHAR(32)  NOT NULL,
    organizing_court_name VARCHAR(200),
    campaign_level        VARCHAR(16)  NOT NULL CHECK (campaign_level IN ('HIGH', 'INTERMEDIATE', 'BASIC')),
    starts_on             DATE         NOT NULL,
    ends_on               DATE         NOT NULL,
    created_by            VARCHAR(200) NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on)
);

-- Every court whose daily metrics count for the campaign, the organizing court included (kept unique by the
-- service; no UNIQUE constraint, as amending rewrites the rows by position).
CREATE TABLE campaign_court (
    campaign_code VARCHAR(64) NOT NULL REFERENCES campaign (code),
    seq           INTEGER     NOT NULL,
    court         VARCHAR(32) NOT NULL,
    PRIMARY KEY (campaign_code, seq)
);
CREATE INDEX campaign_court_court ON campaign_court (court);

CREATE TABLE campaign_key_task (
    campaign_code VARCHAR(64)    NOT NULL REFERENCES campaign (code),
    task_number   INTEGER        NOT NULL,
    title         VARCHAR(300)   NOT NULL,
    metric        VARCHAR(64)    NOT NULL,
    target        NUMERIC(20, 2) NOT NULL CHECK (target > 0),
    cadence       VARCHAR(16)    NOT NULL CHECK (cadence IN ('TOTAL', 'MONTHLY')),
    min_platforms INTEGER        CHECK (min_platforms > 0),
    deadline      DATE           NOT NULL,
    PRIMARY KEY (campaign_code, task_number)
);

-- Campaign figures read one campaign's rows at a time.
CREATE INDEX daily_metric_campaign ON daily_metric (campaign_code, day);
