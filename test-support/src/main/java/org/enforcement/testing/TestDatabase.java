package org.enforcement.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Makes sure a service's test database exists on the local PostgreSQL before Quarkus starts (Flyway then builds
 * the schema). Use {@code @QuarkusTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name =
 * "database", value = "enforcement_case_test"))}; the environment variables the services read (DB_HOST, DB_PORT,
 * DB_USER, DB_PASSWORD, DB_TEST_NAME) override the defaults.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private String database;

    public TestDatabase() {
        this("enforcement_test");
    }

    /** For a service's own subclass that names its default test database. */
    protected TestDatabase(String defaultDatabase) {
        this.database = defaultDatabase;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    /** The PostgreSQL server's host. */
    protected String host() {
        return env("DB_HOST", "127.0.0.1");
    }

    /** The PostgreSQL server's port. */
    protected String port() {
        return env("DB_PORT", "5432");
    }

    /** The test database's name. */
    protected String databaseName() {
        return env("DB_TEST_NAME", database);
    }

    @Override
    public Map<String, String> start() {
        String host = host();
        String port = port();
        String user = env("DB_USER", "postgres");
        String password = env("DB_PASSWORD", "");
        String name = databaseName();
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("The test database name must be a plain identifier: " + name);
        }
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (var connection = DriverManager.getConnection(url, user, password);
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + name);
                } catch (SQLException e) {
                    if (!"42P04".equals(e.getSQLState())) { // created concurrently by another run
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + host + ":" + port + " as " + user
                    + " to create the test database " + name + ". Is it running? (" + e.getMessage() + ")", e);
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
