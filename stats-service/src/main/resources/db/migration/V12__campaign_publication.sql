-- A campaign reaches the public pages only once its court publishes it, and leaves them when it is withdrawn
-- (with a reason, audited). Until now every registered campaign was public; those stay published (nothing new is
-- shown by this migration), and the organising court's director may withdraw any of them.
ALTER TABLE campaign ADD COLUMN publication VARCHAR(16) NOT NULL DEFAULT 'DRAFT'
    CHECK (publication IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN'));
ALTER TABLE campaign ADD COLUMN published_at TIMESTAMPTZ;
ALTER TABLE campaign ADD COLUMN published_by VARCHAR(200);
ALTER TABLE campaign ADD COLUMN withdrawn_at TIMESTAMPTZ;
ALTER TABLE campaign ADD COLUMN withdrawn_by VARCHAR(200);
ALTER TABLE campaign ADD COLUMN withdrawal_reason VARCHAR(500);
UPDATE campaign SET publication = 'PUBLISHED', published_at = created_at, published_by = created_by;
ALTER TABLE campaign ADD CHECK (publication = 'DRAFT' OR published_at IS NOT NULL);
ALTER TABLE campaign ADD CHECK (publication <> 'WITHDRAWN' OR withdrawal_reason IS NOT NULL);
