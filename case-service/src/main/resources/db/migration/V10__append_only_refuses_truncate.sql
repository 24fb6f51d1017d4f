-- Append-only tables refuse TRUNCATE too: the row triggers that refuse UPDATE and DELETE never fire for it.
-- (Flyway's clean drops tables, it does not truncate them.)
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
CREATE TRIGGER outbox_event_no_truncate BEFORE TRUNCATE ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
CREATE TRIGGER case_transition_no_truncate BEFORE TRUNCATE ON case_transition
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
CREATE TRIGGER payment_no_truncate BEFORE TRUNCATE ON payment
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
CREATE TRIGGER installment_allocation_no_truncate BEFORE TRUNCATE ON installment_allocation
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
