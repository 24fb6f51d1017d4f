-- Every court's figures summed per campaign ('' when none), day, metric and feed: what a report of all courts
-- reads (an integrator's province-wide year), ~20 thousand rows a year instead of millions (BENCHMARK.md, P3).
-- DailyMetrics adds each delta to daily_metric and here in the same transaction, so it always equals the sum of
-- daily_metric over the courts; the feed lets a rebuild of one feed remove its share, as in daily_metric.
-- Wider than daily_metric's value: it sums hundreds of courts.
CREATE TABLE daily_metric_all_courts (
    campaign_code VARCHAR(100)   NOT NULL,
    day           DATE           NOT NULL,
    metric        VARCHAR(64)    NOT NULL,
    feed          VARCHAR(32)    NOT NULL,
    value         NUMERIC(24, 2) NOT NULL,
    PRIMARY KEY (campaign_code, day, metric, feed)
);
-- All courts and every campaign over a range of days.
CREATE INDEX daily_metric_all_courts_day ON daily_metric_all_courts (day);

INSERT INTO daily_metric_all_courts (campaign_code, day, metric, feed, value)
SELECT campaign_code, day, metric, feed, SUM(value) FROM daily_metric GROUP BY campaign_code, day, metric, feed;
