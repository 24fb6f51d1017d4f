-- A search (SEARCH_PERFORMED) and a valuation (PROPERTY_VALUED) written in the timeline are delivered to case-service
-- as measures, like the other field outcomes.

ALTER TABLE delivery DROP CONSTRAINT delivery_kind_check;
ALTER TABLE delivery ADD CONSTRAINT delivery_kind_check CHECK (kind IN ('PAYMENT', 'SUMMONS', 'DETENTION',
    'SETTLEMENT', 'HANDOVER', 'SEARCH', 'VALUATION'));
