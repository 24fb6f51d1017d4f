package org.enforcement.testing.fuzz;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Notes every committed row change in the service's schema, so each request's writes can be told apart: a row
 * trigger on every table records (table, operation) in {@code fuzz_writes} inside the writing transaction (a
 * rolled-back write leaves nothing), and {@link #drain()} takes what was noted since the last call. Everything is
 * removed again by {@link #close()}. Needs a connection as the schema's owner (it creates triggers).
 */
final class WriteWatch implements AutoCloseable {

    private final Connection connection;
    private final List<String> tables = new ArrayList<>();

    WriteWatch(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS fuzz_writes (table_name text NOT NULL, operation text NOT"
                    + " NULL)");
            // The triggers run as the service's role, which owns nothing: it must be able to note its writes.
            statement.execute("GRANT INSERT ON fuzz_writes TO PUBLIC");
            statement.execute("""
                    CREATE OR REPLACE FUNCTION fuzz_note_write() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      INSERT INTO fuzz_writes VALUES (TG_TABLE_NAME, TG_OP);
                      RETURN NULL;
                    END $$""");
            try (var rows = statement.executeQuery("""
                    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                      AND c.relname NOT IN ('fuzz_writes', 'flyway_schema_history') ORDER BY c.relname""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                statement.execute("DROP TRIGGER IF EXISTS fuzz_note_write ON \"" + table + "\"");
                statement.execute("CREATE TRIGGER fuzz_note_write AFTER INSERT OR UPDATE OR DELETE ON \"" + table
                        + "\" FOR EACH ROW EXECUTE FUNCTION fuzz_note_write()");
            }
            statement.execute("DELETE FROM fuzz_writes");
        }
    }

    /** Row changes committed since the last call, e.g. {@code {case_file={INSERT=1, UPDATE=2}}}, minus ignored. */
    Map<String, Map<String, Integer>> drain(Set<String> ignored) {
        Map<String, Map<String, Integer>> writes = new TreeMap<>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("DELETE FROM fuzz_writes RETURNING table_name, operation")) {
            while (rows.next()) {
                if (!ignored.contains(rows.getString(1))) {
                    writes.computeIfAbsent(rows.getString(1), t -> new TreeMap<>()).merge(rows.getString(2), 1,
                            Integer::sum);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the noted writes", e);
        }
        return writes;
    }

    @Override
    public void close() throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("DROP TRIGGER IF EXISTS fuzz_note_write ON \"" + table + "\"");
            }
            statement.execute("DROP FUNCTION IF EXISTS fuzz_note_write() CASCADE");
            statement.execute("DROP TABLE IF EXISTS fuzz_writes");
        } finally {
            connection.close();
        }
    }
}
