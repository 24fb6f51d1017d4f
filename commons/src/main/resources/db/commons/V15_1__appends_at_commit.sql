-- Issue 18: the outbox and the audit trail are written in one statement, the last before the commit
-- (enforcement-commons, persistence/CommitAppends), so their locks are held for that statement and the commit only.
-- Numbered after every service's own migrations at the time (stats-service's V15): a service's next one is V16 on.

-- Audit entries are chained per court from now on (chain 2): each entry links to its court's previous entry, so
-- courts no longer queue behind one global lock. The entries written before were chained across all courts
-- (chain 1) and keep verifying that way. No default: a writer that does not know the chains cannot add an entry.
ALTER TABLE audit_entry ADD COLUMN chain SMALLINT NOT NULL DEFAULT 1 CHECK (chain IN (1, 2));
ALTER TABLE audit_entry ALTER COLUMN chain DROP DEFAULT;

-- The newest entry of each court's chain: the row a writer locks (and re-reads after any wait) to append.
CREATE TABLE audit_chain_head (
    court    VARCHAR(32) PRIMARY KEY,
    entry_id BIGINT      NOT NULL,
    hash     CHAR(64)    NOT NULL
);
-- A court's chain goes on from its newest entry of the global chain.
INSERT INTO audit_chain_head (court, entry_id, hash)
SELECT DISTINCT ON (court) court, id, hash FROM audit_entry ORDER BY court, id DESC;

-- Appends the transaction's audit entries and events. entries: [{court, at, actor, roles, action, resourceType,
-- resourceId, detail, contentHash}], contentHash the SHA-256 (hex) of the entry's canonical content computed by the
-- application; the link is SHA-256 over the UTF-8 text previous hash || content hash, as AuditChain verifies it.
-- events: [{eventId, type, court, caseId, aggregateType, aggregateId, payload, occurredAt}].
-- Courts' heads are locked in court order and the outbox lock last, so two transactions never wait for each other
-- in a cycle; ids are taken under those locks, so each court's entries and the feed's events commit in id order.
CREATE FUNCTION append_at_commit(entries JSONB, events JSONB) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    entry    JSONB;
    event    JSONB;
    previous TEXT;
    link     TEXT;
    new_id   BIGINT;
    appended INTEGER := 0;
BEGIN
    FOR entry IN SELECT e.value FROM jsonb_array_elements(entries) WITH ORDINALITY AS e (value, n)
                 ORDER BY e.value ->> 'court', e.n
    LOOP
        -- Inserts the court's head or, after waiting for a writer holding it, locks its newest committed version.
        INSERT INTO audit_chain_head AS h (court, entry_id, hash) VALUES (entry ->> 'court', 0, repeat('0', 64))
        ON CONFLICT (court) DO UPDATE SET court = h.court
        RETURNING h.hash INTO previous;
        link := encode(sha256(convert_to(previous || (entry ->> 'contentHash'), 'UTF8')), 'hex');
        INSERT INTO audit_entry (occurred_at, actor, roles, court, action, resource_type, resource_id, detail,
                                 previous_hash, hash, chain)
        VALUES (CAST(entry ->> 'at' AS TIMESTAMPTZ), entry ->> 'actor', entry ->> 'roles', entry ->> 'court',
                entry ->> 'action', entry ->> 'resourceType', entry ->> 'resourceId', entry ->> 'detail',
                previous, link, 2)
        RETURNING id INTO new_id;
        UPDATE audit_chain_head SET entry_id = new_id, hash = link WHERE court = entry ->> 'court';
        appended := appended + 1;
    END LOOP;
    IF jsonb_array_length(events) > 0 THEN
        -- Serialises outbox writers from here to their commit only: ids commit in increasing order.
        PERFORM pg_advisory_xact_lock(7300001);
        FOR event IN SELECT e.value FROM jsonb_array_elements(events) WITH ORDINALITY AS e (value, n) ORDER BY e.n
        LOOP
            INSERT INTO outbox_event (event_id, type, court, case_id, aggregate_type, aggregate_id, payload,
                                      occurred_at)
            VALUES (CAST(event ->> 'eventId' AS UUID), event ->> 'type', event ->> 'court', event ->> 'caseId',
                    event ->> 'aggregateType', event ->> 'aggregateId', event -> 'payload',
                    CAST(event ->> 'occurredAt' AS TIMESTAMPTZ));
            appended := appended + 1;
        END LOOP;
    END IF;
    RETURN appended;
END $$;
