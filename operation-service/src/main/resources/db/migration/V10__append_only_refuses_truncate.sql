-- Append-only tables refuse TRUNCATE too: the row triggers that refuse UPDATE and DELETE never fire for it.
-- (Flyway's clean drops tables, it does not truncate them.)
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
CREATE TRIGGER outbox_event_no_truncate BEFORE TRUNCATE ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
CREATE TRIGGER timeline_entry_no_truncate BEFORE TRUNCATE ON timeline_entry
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
CREATE TRIGGER viewer_snapshot_no_truncate BEFORE TRUNCATE ON viewer_snapshot
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
