-- Hand-over (强制交付 / 强制迁出) as a measure type, and measures recorded from the field (e.g. by operation-service
-- during a dawn raid): who decided them on the spot, when, and where that is written down.

ALTER TABLE measure DROP CONSTRAINT measure_type_check;
ALTER TABLE measure ADD CONSTRAINT measure_type_check CHECK (type IN ('SUMMONS', 'DETENTION', 'FINE',
    'PROPERTY_REPORT_ORDER', 'DISHONEST_LISTING', 'CONSUMPTION_RESTRICTION', 'SEARCH', 'SEIZURE', 'FREEZE',
    'VALUATION', 'AUCTION', 'HANDOVER'));

ALTER TABLE measure ADD COLUMN field_decided_by VARCHAR(200);
ALTER TABLE measure ADD COLUMN field_decided_at TIMESTAMPTZ;
ALTER TABLE measure ADD COLUMN field_reference  VARCHAR(300);
ALTER TABLE measure ADD CONSTRAINT measure_field_decision_check
    CHECK ((field_decided_by IS NULL) = (field_decided_at IS NULL));
