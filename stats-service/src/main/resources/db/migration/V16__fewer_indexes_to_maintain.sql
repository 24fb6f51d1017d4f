-- Ingestion adds every delta to two tables, and each index on them is one more b-tree insertion (and its WAL) per
-- new row: IngestionBenchmark (issue 18, P4). Two indexes only some reads used are dropped.
--
-- daily_metric_day (V4) served one query: the courts with figures in a range (a director's report of the courts
-- under it), which read every row of the range through it (a year: 1.6 million rows of 300 courts). DailyMetrics
-- now finds them court by court in daily_metric_court_day (one probe per court), which is faster too. The reads of
-- every court use daily_metric_all_courts (V15), not daily_metric.
DROP INDEX daily_metric_day;

-- The all-court sums are read by a range of days (every campaign, or one): their key now starts with the day, so
-- it serves those reads and the upserts' conflicts, and the separate index on the day goes.
ALTER TABLE daily_metric_all_courts DROP CONSTRAINT daily_metric_all_courts_pkey;
ALTER TABLE daily_metric_all_courts ADD PRIMARY KEY (day, campaign_code, metric, feed);
DROP INDEX daily_metric_all_courts_day;

-- One court's figures (a court over a year: QueryBenchmark, 5,475 rows on as many heap pages, read one by one once
-- the table outgrows the cache: 0.5-1 s) come from the primary key alone when it carries the value: an index-only
-- scan of ~200 pages. Updates of value were never HOT (daily_metric_campaign_court includes it), so this costs
-- ingestion only the wider key entries.
ALTER TABLE daily_metric DROP CONSTRAINT daily_metric_pkey;
ALTER TABLE daily_metric ADD PRIMARY KEY (court, campaign_code, day, metric, feed) INCLUDE (value);
