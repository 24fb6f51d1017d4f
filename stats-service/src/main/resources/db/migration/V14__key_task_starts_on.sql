-- A key task may start later than its campaign (a monthly stream series from August in a campaign from April):
-- its months and its expected pace count from its own first day. Null: the campaign's startsOn.
ALTER TABLE campaign_key_task ADD COLUMN starts_on DATE;
