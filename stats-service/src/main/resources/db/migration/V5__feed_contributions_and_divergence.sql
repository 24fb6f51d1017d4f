-- Which feed contributed each figure, so one feed's figures can be rebuilt from its source without touching the
-- other's. The two feeds never produce the same metric, so existing rows are attributed by their metric name: the
-- operation feed's (operation, outcome and stream metrics) to 'operation', everything else to 'case'.
ALTER TABLE daily_metric ADD COLUMN feed VARCHAR(32) NOT NULL DEFAULT 'case';
UPDATE daily_metric SET feed = 'operation'
 WHERE metric IN ('operations', 'officers_deployed', 'operation_targets', 'witnesses', 'debtors_found', 'summoned',
                  'detained', 'paid_on_site', 'collected_on_site', 'settlements_on_site', 'streams', 'viewers',
                  'platforms', 'questions_answered')
    OR metric LIKE 'streams\_platforms\_%' OR metric LIKE 'viewers\_on\_%';
ALTER TABLE daily_metric ALTER COLUMN feed DROP DEFAULT;
-- The feed comes last: every lookup by court, campaign, day (and metric) still uses the key's prefix.
ALTER TABLE daily_metric DROP CONSTRAINT daily_metric_pkey;
ALTER TABLE daily_metric ADD PRIMARY KEY (court, campaign_code, day, metric, feed);

-- The eventId of the event at the cursor position (the last one passed), to tell a source restored from an older
-- backup: the same position then holds another event, or none. Null when unknown (cursor 0, set by hand, or
-- written before this column): only the head is checked then.
ALTER TABLE feed_cursor ADD COLUMN cursor_event_uuid UUID;
-- Set when the source went backwards: the feed is not read until it is rebuilt (POST /api/ingestion/{feed}/rebuild).
ALTER TABLE feed_cursor ADD COLUMN diverged_at TIMESTAMPTZ;
ALTER TABLE feed_cursor ADD COLUMN diverged_reason TEXT;
