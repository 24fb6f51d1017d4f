-- Where each event feed has been read up to, and how its last poll went.
CREATE TABLE feed_cursor (
    feed            VARCHAR(32) PRIMARY KEY,
    last_event_id   BIGINT      NOT NULL DEFAULT 0,
    last_polled_at  TIMESTAMPTZ,
    last_success_at TIMESTAMPTZ,
    last_error      TEXT,
    events_applied  BIGINT      NOT NULL DEFAULT 0
);
INSERT INTO feed_cursor (feed) VALUES ('case'), ('operation');

-- Every event applied to the aggregates, so an event is counted once however often it is read.
CREATE TABLE applied_event (
    event_id   UUID        PRIMARY KEY,
    feed       VARCHAR(32) NOT NULL,
    type       VARCHAR(64) NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One number per court, campaign ('' when none), day (Asia/Shanghai) and metric; events add deltas.
CREATE TABLE daily_metric (
    court         VARCHAR(32)    NOT NULL,
    campaign_code VARCHAR(100)   NOT NULL DEFAULT '',
    day           DATE           NOT NULL,
    metric        VARCHAR(64)    NOT NULL,
    value         NUMERIC(20, 2) NOT NULL DEFAULT 0,
    PRIMARY KEY (court, campaign_code, day, metric)
);
CREATE INDEX daily_metric_court_day ON daily_metric (court, day);
