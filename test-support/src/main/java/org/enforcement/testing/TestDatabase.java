package org.enforcement.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Makes sure a service's test database exists on the local PostgreSQL before Quarkus starts (Flyway then builds
 * the schema). Use {@code @QuarkusTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name =
 * "database", value = "enforcement_case_test"))}; the environment variables the services read (DB_HOST, DB_PORT,
 * DB_USER, DB_PASSWORD, DB_TEST_NAME) override the defaults.
 * <p>
 * Tests run the production split of database roles: the database and its schema belong to {@link #OWNER_ROLE}, as
 * which Flyway migrates, and the services connect as {@link #APP_ROLE}, which owns nothing (their %test
 * configuration names both). Both are created here when missing; DB_USER must be allowed to create roles. DDL a
 * test needs (failing triggers, disabled triggers) goes through {@link #ownerDataSource()}.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    /** Owns the test database and its schema; Flyway migrates as it. */
    public static final String OWNER_ROLE = "enforcement_test_owner";
    /** The role the services connect as: rows only, no schema changes. */
    public static final String APP_ROLE = "enforcement_test_app";
    /** Both roles' password, for servers that ask for one (trust ignores it). */
    public static final String PASSWORD = "enforcement-test";

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
            createRole(connection, OWNER_ROLE);
            createRole(connection, APP_ROLE);
            try (var owner = connection.createStatement()) {
                owner.execute("ALTER DATABASE " + name + " OWNER TO " + OWNER_ROLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + host + ":" + port + " as " + user
                    + " to create the test database " + name + " and its roles. Is it running? (" + e.getMessage()
                    + ")", e);
        }
        // The schema must be the owner's, and so must everything in it: a database left by a run that migrated as
        // DB_USER starts over (each run cleans it anyway). Before PostgreSQL 15, public is the superuser's.
        String testUrl = "jdbc:postgresql://" + host + ":" + port + "/" + name;
        try (var connection = DriverManager.getConnection(testUrl, user, password);
             var schema = connection.createStatement()) {
            var foreign = schema.executeQuery("SELECT (SELECT count(*) FROM pg_class WHERE relnamespace ="
                    + " 'public'::regnamespace AND relowner <> '" + OWNER_ROLE + "'::regrole) + (SELECT count(*)"
                    + " FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND proowner <> '" + OWNER_ROLE
                    + "'::regrole)");
            foreign.next();
            if (foreign.getLong(1) > 0) {
                schema.execute("DROP SCHEMA public CASCADE");
                schema.execute("CREATE SCHEMA public AUTHORIZATION " + OWNER_ROLE);
            } else {
                schema.execute("ALTER SCHEMA public OWNER TO " + OWNER_ROLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot hand the schema of " + name + " to " + OWNER_ROLE, e);
        }
        return Map.of();
    }

    private static void createRole(java.sql.Connection connection, String role) throws SQLException {
        try (var exists = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            exists.setString(1, role);
            if (exists.executeQuery().next()) {
                return;
            }
        }
        try (var create = connection.createStatement()) {
            create.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + PASSWORD + "'");
        } catch (SQLException e) {
            // 42710: created concurrently by another run; 23505: the same race seen by the catalog's index
            if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /**
     * A connection source as the owner of the service's test database (the %test datasource URL), for the DDL a
     * test needs; the service's own DataSource is the application role, which may not change the schema.
     */
    public static DataSource ownerDataSource() {
        Config config = ConfigProvider.getConfig();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(config.getValue("quarkus.datasource.jdbc.url", String.class));
        dataSource.setUser(config.getValue("enforcement.database.owner.username", String.class));
        dataSource.setPassword(config.getOptionalValue("enforcement.database.owner.password", String.class)
                .orElse(""));
        return dataSource;
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
