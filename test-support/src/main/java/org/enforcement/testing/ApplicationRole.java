package org.enforcement.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Checks, for real, that the role a service's datasource connects as can change rows but not the schema: it owns no
 * table, and TRUNCATE, DROP, ALTER, CREATE (table, index, trigger) on any of its tables are refused with SQLState
 * 42501 (insufficient privilege), as are UPDATE and DELETE on the append-only ones and on the pending log rows,
 * which only the sequencer (running as the owner) takes away, and any write to the logs themselves, which only the
 * sequencer makes.
 */
public final class ApplicationRole {

    /** SQLState of "permission denied" and "must be owner". */
    public static final String INSUFFICIENT_PRIVILEGE = "42501";

    /** Audit entries and events committed but not yet moved into the logs (commons migration V16_1). */
    private static final List<String> PENDING_LOGS = List.of("audit_pending", "outbox_pending");

    /** The logs only the sequencer writes (V16_1). */
    private static final List<String> SEQUENCED_LOGS = List.of("audit_entry", "outbox_event", "audit_chain_head");

    private ApplicationRole() {
    }

    /** Asserts all of the above through {@code application} and returns the tables tried. */
    public static List<String> assertCannotChangeSchema(DataSource application) throws SQLException {
        try (Connection connection = application.getConnection()) {
            connection.setAutoCommit(true);
            assertThat(scalar(connection, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid ="
                    + " c.relnamespace WHERE n.nspname = current_schema() AND pg_get_userbyid(c.relowner) ="
                    + " current_user")).as("relations the application role owns").isEqualTo("0");
            List<String> tables = tables(connection);
            assertThat(tables).as("tables the application role can see").isNotEmpty();
            for (String table : tables) {
                refused(connection, "TRUNCATE " + table + " CASCADE");
                refused(connection, "DROP TABLE " + table + " CASCADE");
                refused(connection, "ALTER TABLE " + table + " ADD COLUMN intruder text");
                refused(connection, "ALTER TABLE " + table + " DISABLE TRIGGER ALL");
                refused(connection, "CREATE INDEX ON " + table + " ((1))");
                refused(connection, "CREATE TRIGGER intruder BEFORE INSERT ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION forbid_change()");
            }
            for (String table : AppendOnlyTables.of(connection)) {
                String column = scalar(connection, "SELECT attname FROM pg_attribute WHERE attrelid = '" + table
                        + "'::regclass AND attnum = 1");
                refused(connection, "UPDATE " + table + " SET " + column + " = " + column + " WHERE false");
                refused(connection, "DELETE FROM " + table + " WHERE false");
            }
            for (String pending : PENDING_LOGS) {
                refused(connection, "UPDATE " + pending + " SET id = id WHERE false");
                refused(connection, "DELETE FROM " + pending + " WHERE false");
            }
            for (String log : SEQUENCED_LOGS) {
                refused(connection, "INSERT INTO " + log + " SELECT * FROM " + log + " WHERE false");
            }
            refused(connection, "UPDATE audit_chain_head SET hash = hash WHERE false");
            refused(connection, "CREATE TABLE intruder (id int)");
            return tables;
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
                  AND has_table_privilege(c.oid, 'SELECT') ORDER BY c.relname""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static void refused(Connection connection, String sql) {
        assertThatThrownBy(() -> {
            try (var statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }).as(sql).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as("SQLState of %s (%s)", sql, e.getMessage())
                        .isEqualTo(INSUFFICIENT_PRIVILEGE));
    }

    private static String scalar(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
