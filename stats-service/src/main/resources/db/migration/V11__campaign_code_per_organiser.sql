-- A campaign's code is unique per organising court, not across the country: two provinces may both run a
-- campaign they call "雷霆行动". The campaign is now keyed by (organizing_court, code), and its courts and key tasks
-- carry the organiser too.
--
-- campaign_court_once (V6, UNIQUE (campaign_code, court)) stays as it is and now says more: a court takes part in
-- at most one campaign of a code, whoever organises it. A daily_metric row carries only the code and its court,
-- so that is what keeps every row counted in exactly one campaign.
ALTER TABLE campaign_court ADD COLUMN organizing_court VARCHAR(32);
UPDATE campaign_court cc SET organizing_court = c.organizing_court FROM campaign c WHERE c.code = cc.campaign_code;
ALTER TABLE campaign_court ALTER COLUMN organizing_court SET NOT NULL;

ALTER TABLE campaign_key_task ADD COLUMN organizing_court VARCHAR(32);
UPDATE campaign_key_task t SET organizing_court = c.organizing_court FROM campaign c WHERE c.code = t.campaign_code;
ALTER TABLE campaign_key_task ALTER COLUMN organizing_court SET NOT NULL;

ALTER TABLE campaign_court DROP CONSTRAINT campaign_court_campaign_code_fkey;
ALTER TABLE campaign_key_task DROP CONSTRAINT campaign_key_task_campaign_code_fkey;
ALTER TABLE campaign_court DROP CONSTRAINT campaign_court_pkey;
ALTER TABLE campaign_key_task DROP CONSTRAINT campaign_key_task_pkey;
ALTER TABLE campaign DROP CONSTRAINT campaign_pkey;

ALTER TABLE campaign ADD PRIMARY KEY (organizing_court, code);
ALTER TABLE campaign_court ADD PRIMARY KEY (organizing_court, campaign_code, seq);
ALTER TABLE campaign_court ADD FOREIGN KEY (organizing_court, campaign_code)
    REFERENCES campaign (organizing_court, code);
ALTER TABLE campaign_key_task ADD PRIMARY KEY (organizing_court, campaign_code, task_number);
ALTER TABLE campaign_key_task ADD FOREIGN KEY (organizing_court, campaign_code)
    REFERENCES campaign (organizing_court, code);

-- Campaigns are looked up by code (then told apart by organiser).
CREATE INDEX campaign_code ON campaign (code);
