package org.mdmhub.mdm.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of every golden-record, reference, lifecycle and audit table of the test database: its row count
 * and an MD5 over its rows, so a test can prove that a refused request changed nothing at all, not only that no row
 * was added. Tables the dispatcher writes in the background (deliveries, outbox, key map, reconciliation runs) and
 * the engine's own tables are left out: they move without any request.
 */
public final class GoldenTables implements AutoCloseable {
    private static final String URL = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/mdm_test");
    private static final List<String> MOVING_ON_THEIR_OWN = List.of("delivery", "delivery_attempt",
            "publication_event", "odoo_key_map", "reconciliation_run", "mdm_schema_history");

    private final Connection connection;
    private final String query;

    private GoldenTables(Connection connection, String query) {
        this.connection = connection;
        this.query = query;
    }

    /** Opens a connection and finds the tables once (the schema does not change during a test). */
    public static GoldenTables open() {
        try {
            Connection c = DriverManager.getConnection(URL, System.getProperty("it.db.user", "mdm"),
                    System.getProperty("it.db.password", "mdm")); // the role testsupport Database reads with
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                    select table_name from information_schema.tables
                    where table_schema = current_schema() and table_type = 'BASE TABLE'
                      and table_name not like 'act\\_%' and table_name not like 'flw\\_%' order by table_name""")) {
                while (r.next()) {
                    if (!MOVING_ON_THEIR_OWN.contains(r.getString(1))) {
                        tables.add(r.getString(1));
                    }
                }
            }
            List<String> parts = new ArrayList<>();
            for (String table : tables) {
                parts.add("select '" + table + "', count(*) || ':' || md5(coalesce(string_agg(md5(t::text), '' "
                        + "order by md5(t::text)), '')) from " + table + " t");
            }
            return new GoldenTables(c, String.join(" union all ", parts));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Table name → "row count:checksum". */
    public Map<String, String> fingerprint() {
        Map<String, String> result = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                result.put(r.getString(1), r.getString(2));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables whose fingerprint differs between two snapshots. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
