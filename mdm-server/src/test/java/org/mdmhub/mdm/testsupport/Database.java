package org.mdmhub.mdm.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Direct reads of the test database, to prove what an API call did or did not write. */
public final class Database {
    private static final String URL = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/mdm_test");
    /** The role the tests read with; the server's own role may differ (see {@link #serverRole}). */
    private static final String USER = System.getProperty("it.db.user", "mdm");
    private static final String PASSWORD = System.getProperty("it.db.password", "mdm");

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    public static long count(String table) {
        try (Connection c = connect();
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single number a {@code select count(*) ...} with these parameters answers. */
    public static long count(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one data-changing statement (a test arranging a broken state, e.g. a lost cache) and says how many rows. */
    public static int update(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The role the running server's connection pool logged in with (read from {@code pg_stat_activity}), so that a
     * test of what the application may do runs with the application's own rights, whatever the deployment names it.
     */
    public static String serverRole() {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select usename from pg_stat_activity where datname = current_database()"
                     + " and pid <> pg_backend_pid() and backend_type = 'client backend'"
                     + " group by usename order by count(*) desc limit 1")) {
            if (!r.next()) {
                throw new IllegalStateException("no server connection to " + URL + ": is the server deployed?");
            }
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Row counts of every table a golden-record write touches. */
    public static Map<String, Long> writeFootprint() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[] {"item", "item_aud", "audit_revision"}) {
            counts.put(table, count(table));
        }
        return counts;
    }
}
