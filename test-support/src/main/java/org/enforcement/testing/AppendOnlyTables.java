package org.enforcement.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Checks a service's append-only tables at the database: every table whose rows a {@code forbid_change()} trigger
 * protects from UPDATE and DELETE must also refuse TRUNCATE, which row triggers never see.
 */
public final class AppendOnlyTables {

    private AppendOnlyTables() {
    }

    /** The tables a row trigger calling {@code forbid_change()} protects from UPDATE or DELETE, by name. */
    public static List<String> of(Connection connection) throws SQLException {
        // tgtype bits: 1 row-level, 8 DELETE, 16 UPDATE.
        String sql = """
                SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                WHERE t.tgfoid = 'forbid_change'::regproc AND (t.tgtype & 1) = 1 AND (t.tgtype & 24) <> 0
                ORDER BY c.relname""";
        List<String> tables = new ArrayList<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /**
     * Tries {@code TRUNCATE ... CASCADE} on every append-only table (at least {@code expected}) for real, and asserts
     * each is refused with the append-only message and keeps its rows. Returns the row counts per table.
     */
    public static Map<String, Long> assertTruncateRefused(DataSource dataSource, String... expected)
            throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            List<String> tables = of(connection);
            assertThat(tables).as("append-only tables").contains(expected);
            for (String table : tables) {
                long before = count(connection, table);
                assertThatThrownBy(() -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute("TRUNCATE " + table + " CASCADE");
                    }
                }).as("TRUNCATE %s", table).isInstanceOf(SQLException.class)
                        .hasMessageContaining("are append-only");
                assertThat(count(connection, table)).as("rows of %s after TRUNCATE", table).isEqualTo(before);
                counts.put(table, before);
            }
        }
        return counts;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
