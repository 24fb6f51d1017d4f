package org.enforcement.commons.persistence;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.LaunchMode;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

/**
 * Flyway migrates as the schema owner ({@code enforcement.database.owner.*}, env DB_OWNER_USER / DB_OWNER_PASSWORD)
 * while the application's datasource connects as a role that owns no tables (DB_APP_USER): that role can read and
 * write rows but not TRUNCATE, DROP, ALTER or CREATE anything (db/commons/afterMigrate.sql grants it exactly that).
 * <p>
 * Not {@code quarkus.flyway.username}: Quarkus only uses it together with a non-empty password and otherwise falls
 * back, silently, to the datasource, i.e. it would migrate as the application role wherever PostgreSQL trusts
 * local connections without a password.
 */
@Singleton
public class MigrationOwner implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(MigrationOwner.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> applicationRole;

    @ConfigProperty(name = "enforcement.database.owner.username")
    Optional<String> owner;

    @ConfigProperty(name = "enforcement.database.owner.password")
    Optional<String> password;

    @Override
    public void customize(FluentConfiguration configuration) {
        if (owner.isEmpty() || owner.equals(applicationRole)) {
            if (LaunchMode.current() == LaunchMode.NORMAL) {
                LOG.warn("The application connects as the role that owns the schema: it could TRUNCATE or DROP"
                        + " tables. Set DB_OWNER_USER (migrations) and DB_APP_USER (the application) apart.");
            }
            return;
        }
        configuration.dataSource(url, owner.get(), password.orElse(""));
    }
}
