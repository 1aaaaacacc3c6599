package org.mdmhub.mdm.platform.db;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Who does what in the database. The application's datasource connects as the <em>application role</em>
 * ({@code MDM_DB_USER}), which owns nothing: it reads and writes the golden records, may only add to and
 * read the audit trail, and can change no table's definition. Schema changes — the Flyway migrations and
 * the workflow engine's own tables — run as the <em>owner role</em> ({@code MDM_DB_OWNER_USER} /
 * {@code MDM_DB_OWNER_PASSWORD}), and only when {@code MDM_DB_MIGRATE} is true (the default), so that a
 * production deployment can run them as a step of its own and start the application with
 * {@code MDM_DB_MIGRATE=false} and no owner credentials at all.
 *
 * <p>Each value is read like the datasource's: a system property first ({@code -Dmdm.db.owner.user=…}), then
 * the environment variable, then the development default, which {@code deploy/postgres/ensure-db.sh} creates.
 */
public record DatabaseSettings(String url, String appUser, String ownerUser, String ownerPassword, boolean migrate) {

    public static DatabaseSettings fromEnvironment() {
        return new DatabaseSettings(
                value("mdm.db.url", "MDM_DB_URL", "jdbc:postgresql://127.0.0.1:5432/mdm"),
                value("mdm.db.user", "MDM_DB_USER", "mdm"),
                value("mdm.db.owner.user", "MDM_DB_OWNER_USER", "mdm_owner"),
                value("mdm.db.owner.password", "MDM_DB_OWNER_PASSWORD", "mdm_owner"),
                Boolean.parseBoolean(value("mdm.db.migrate", "MDM_DB_MIGRATE", "true")));
    }

    /** A plain (unpooled) connection source as the owner role: used for schema changes at start-up only. */
    public DataSource ownerDataSource() {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(url);
        owner.setUser(ownerUser);
        owner.setPassword(ownerPassword);
        owner.setLogServerErrorDetail(false); // as the application's datasource: no row values in messages
        return owner;
    }

    private static String value(String property, String environment, String fallback) {
        String configured = System.getProperty(property);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(environment);
        }
        return configured == null || configured.isBlank() ? fallback : configured.strip();
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", appUser=" + appUser + ", ownerUser=" + ownerUser + ", migrate=" + migrate + "]";
    }
}
