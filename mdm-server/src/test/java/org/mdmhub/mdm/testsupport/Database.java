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

    private Database() {
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
