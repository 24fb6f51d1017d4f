-- An outcome case-service must record (payment, summons, detention, settlement, hand-over) is announced as a
-- TargetOutcome event only once case-service accepted it: the event is kept with the delivery, written with the
-- timeline entry, and published in the transaction that marks the delivery DELIVERED. Null for deliveries written
-- before this migration, whose event went out with their entry.
ALTER TABLE delivery ADD COLUMN outcome_event JSONB;
