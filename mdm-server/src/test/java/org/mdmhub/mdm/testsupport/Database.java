package org.mdmhub.mdm.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Direct reads of the test database, to prove what an API call did or did not write. */
public final class Database {
    private static final String URL = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/mdm_test");
    /** The roles deploy/postgres/ensure-db.sh creates by default: the server's (owns nothing) and the schema owner. */
    public static final String APP_USER = "mdm";
    public static final String OWNER_USER = "mdm_owner";

    private Database() {
    }

    /** A connection as the role the server connects as. */
    public static Connection connectAsApplication() throws SQLException {
        return DriverManager.getConnection(URL, APP_USER, APP_USER);
    }

    /** A connection as the schema owner, for tests that change the schema or prove what even the owner cannot do. */
    public static Connection connectAsOwner() throws SQLException {
        return DriverManager.getConnection(URL, OWNER_USER, OWNER_USER);
    }

    public static long count(String table) {
        try (Connection c = DriverManager.getConnection(URL, "mdm", "mdm");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
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
