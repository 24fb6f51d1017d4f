-- `platforms` meant two things: the dashboard and the operation report counted distinct platforms, the daily
-- metric summed each stream's platform count (a stream on 8 platforms added 8). `platforms` is now the distinct
-- platforms, worked out when a report is read from the per-platform families (streams_on_<PLATFORM>,
-- viewers_on_<PLATFORM>), so it is not stored; the stored sum keeps its meaning under its own name.
UPDATE daily_metric SET metric = 'stream_platforms' WHERE metric = 'platforms';
UPDATE campaign_key_task SET metric = 'stream_platforms' WHERE metric = 'platforms';
