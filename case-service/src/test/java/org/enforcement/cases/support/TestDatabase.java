package org.enforcement.cases.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Makes sure the test database exists on the local PostgreSQL before Quarkus starts (Flyway then builds the
 * schema). Host, port, user and database name come from the same environment variables the service reads.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String host = env("DB_HOST", "127.0.0.1");
        String port = env("DB_PORT", "5432");
        String user = env("DB_USER", "postgres");
        String password = env("DB_PASSWORD", "");
        String database = env("DB_TEST_NAME", "enforcement_case_test");
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("DB_TEST_NAME must be a plain identifier: " + database);
        }
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (var connection = DriverManager.getConnection(url, user, password);
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + database);
                } catch (SQLException e) {
                    if (!"42P04".equals(e.getSQLState())) { // created concurrently by another run
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + host + ":" + port + " as " + user
                    + " to create the test database " + database + ". Is it running? (" + e.getMessage() + ")", e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // The database is kept: tests isolate themselves by court, and a rerun starts from the migrated schema.
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
