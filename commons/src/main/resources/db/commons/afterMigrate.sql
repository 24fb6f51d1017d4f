-- Flyway callback, run after every migrate (so at every start-up) by the schema owner: the role the application
-- connects as (${app_role}, quarkus.datasource.username) may read and write rows and nothing more. It owns no table,
-- so it cannot DROP or ALTER one or CREATE INDEX; it cannot CREATE in the schema; TRUNCATE, REFERENCES and TRIGGER
-- are never granted; and on append-only tables (those a forbid_change() row trigger guards, see V0_1) it may only
-- SELECT and INSERT, so UPDATE and DELETE are refused before the trigger runs. Derived from the catalog each time,
-- so tables added by later migrations are covered without a migration of their own.
DO $grants$
DECLARE
    app_role CONSTANT text := '${app_role}';
    history CONSTANT text := '${flyway:table}';
    schema_name CONSTANT text := current_schema();
    t record;
BEGIN
    IF app_role = current_user THEN
        RETURN; -- one role does both (the development default): nothing to grant or take away
    END IF;
    -- Replicas starting together would otherwise race on the same catalog rows ("tuple concurrently updated").
    PERFORM pg_advisory_xact_lock(hashtext('enforcement.app-role-grants'));
    -- PostgreSQL 15 no longer grants CREATE on public to everyone; older servers do.
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC, %I', schema_name, app_role);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema_name, app_role);
    FOR t IN
        SELECT c.oid::regclass AS name,
               EXISTS (SELECT 1 FROM pg_trigger g
                       WHERE g.tgrelid = c.oid AND g.tgfoid = 'forbid_change'::regproc
                         AND (g.tgtype & 1) = 1 AND (g.tgtype & 24) <> 0) AS append_only
        FROM pg_class c
        WHERE c.relnamespace = schema_name::regnamespace AND c.relkind IN ('r', 'p') AND c.relname <> history
    LOOP
        EXECUTE format('REVOKE ALL ON %s FROM %I', t.name, app_role);
        EXECUTE format(CASE WHEN t.append_only THEN 'GRANT SELECT, INSERT ON %s TO %I'
                            ELSE 'GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO %I' END, t.name, app_role);
    END LOOP;
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', schema_name, app_role);
    -- Since V16_1 the logs are written by sequence_appends() alone, which runs as the owner: the application adds
    -- pending rows and reads the logs, but cannot write an audit entry, an event or a chain head itself, nor change
    -- or drop a pending row before it is chained.
    IF to_regclass('audit_pending') IS NOT NULL THEN
        EXECUTE format('REVOKE UPDATE, DELETE ON audit_pending, outbox_pending FROM %I', app_role);
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON audit_entry, outbox_event, audit_chain_head FROM %I',
                       app_role);
    END IF;
END
$grants$;
