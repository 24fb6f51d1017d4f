-- A campaign lists each court once (the service answers 400 to a request listing one twice). Any duplicate left by
-- older versions is dropped, keeping its first position, and the positions are renumbered without gaps (the list
-- is read by position). Deferred to commit: amending rewrites the rows position by position, so a reordering
-- briefly holds a court at two positions within the transaction.
DELETE FROM campaign_court a USING campaign_court b
 WHERE a.campaign_code = b.campaign_code AND a.court = b.court AND a.seq > b.seq;
UPDATE campaign_court c SET seq = -1 - r.n
  FROM (SELECT campaign_code, seq, ROW_NUMBER() OVER (PARTITION BY campaign_code ORDER BY seq) - 1 AS n
          FROM campaign_court) r
 WHERE c.campaign_code = r.campaign_code AND c.seq = r.seq;
UPDATE campaign_court SET seq = -1 - seq;
ALTER TABLE campaign_court ADD CONSTRAINT campaign_court_once UNIQUE (campaign_code, court)
    DEFERRABLE INITIALLY DEFERRED;
