package org.mdmhub.mdm.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Grants the application role what it needs on every table, and no more ({@code db/grants.sql}): run as the
 * owner after the migrations and after the workflow engine created its tables, so every table that exists
 * is covered, and the audit trail stays insert-and-read-only with its append-only guards in place.
 */
public final class DatabaseRoles {
    private DatabaseRoles() {
    }

    public static void grantApplicationRole(DataSource owner, String appRole) {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement role = c.prepareStatement("select set_config('mdm.app_role', ?, true)")) {
                role.setString(1, appRole);
                role.execute();
            }
            try (Statement grants = c.createStatement()) {
                grants.execute(script());
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grant the application role " + appRole + " its privileges (SQLSTATE "
                    + e.getSQLState() + ")", e);
        }
    }

    private static String script() {
        try (InputStream in = DatabaseRoles.class.getClassLoader().getResourceAsStream("db/grants.sql")) {
            if (in == null) {
                throw new IllegalStateException("db/grants.sql is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
