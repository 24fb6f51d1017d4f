-- Found by QueryBenchmark (see BENCHMARK.md) on ~6.8 million rows.
--
-- A campaign's figures read its rows court by court: the span probes each court's first and last day with a figure
-- (CampaignSpans), the sums and rankings read every row of the campaign, joined to campaign_court by court. With
-- metric and value included none of them visits the table (index-only scans once the table is vacuumed). It
-- replaces daily_metric_campaign (campaign_code, day), whose lookups it serves too.
CREATE INDEX daily_metric_campaign_court ON daily_metric (campaign_code, court, day) INCLUDE (metric, value);
DROP INDEX daily_metric_campaign;

-- Every court over a range of days (an integrator's report of all courts): without it a scan of the whole table.
-- Plain, so it stays small (deduplicated) and updates of value do not touch it.
CREATE INDEX daily_metric_day ON daily_metric (day);
