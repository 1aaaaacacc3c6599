package org.mdmhub.mdm.platform.db;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application starts, before any request is served. The schema is
 * owned by the migrations in {@code db/migration}; Hibernate never changes it. The migrations run as the
 * owner role, not as the application's ({@link DatabaseSettings}), and are followed by the grants of
 * {@link DatabaseRoles}. With {@code MDM_DB_MIGRATE=false} nothing is changed: the schema is expected to be
 * current (migrated by a separate step). Several nodes starting at once are safe: Flyway serialises them on
 * a database lock.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway runs its own local transactions
public class DatabaseMigrations {
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    private final DatabaseSettings settings = DatabaseSettings.fromEnvironment();

    @PostConstruct
    void migrate() {
        if (!settings.migrate()) {
            LOG.info("MDM_DB_MIGRATE=false: the schema is not migrated by this node");
            return;
        }
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(settings.ownerDataSource())
                .locations("classpath:db/migration")
                .table("mdm_schema_history") // Flowable keeps its own tables; ours are named apart
                .load()
                .migrate();
        DatabaseRoles.grantApplicationRole(settings.ownerDataSource(), settings.appUser());
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now, as " + settings.ownerUser()
                + "); application role " + settings.appUser() + " granted");
    }

    /** The settings the migrations ran with; the workflow engine creates its own tables the same way. */
    public DatabaseSettings settings() {
        return settings;
    }
}
