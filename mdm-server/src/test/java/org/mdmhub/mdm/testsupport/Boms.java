package org.mdmhub.mdm.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** BOM request bodies for tests, built line by line; and the plants BOMs refer to. */
public final class Boms {
    private static final String DB_URL = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/mdm_test");

    private final String parent;
    private String parentRevision = "A";
    private String bomRevision = "A";
    private String produced = "{\"value\":1,\"unit\":\"C62\"}";
    private String type = "manufacture";
    private final List<String> plants = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    private Boms(String parent) {
        this.parent = parent;
    }

    /** A manufacturing BOM for revision A of {@code parent}, producing 1 C62. */
    public static Boms of(String parent) {
        return new Boms(parent);
    }

    public Boms bomRevision(String revision) {
        this.bomRevision = revision;
        return this;
    }

    public Boms parentRevision(String revision) {
        this.parentRevision = revision;
        return this;
    }

    public Boms produces(String value, String unit) {
        this.produced = "{\"value\":" + value + ",\"unit\":\"" + unit + "\"}";
        return this;
    }

    public Boms type(String type) {
        this.type = type;
        return this;
    }

    public Boms plant(String code) {
        plants.add(code);
        return this;
    }

    /** A new line, floating when {@code revision} is null. */
    public Boms line(int position, String component, String revision, String quantity, String unit) {
        return line(null, position, component, revision, quantity, unit);
    }

    /** A line to keep (id given) or a new one (id null). */
    public Boms line(String id, int position, String component, String revision, String quantity, String unit) {
        lines.add("{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"position\":" + position
                + ",\"component\":{\"itemNumber\":\"" + component + "\""
                + (revision == null ? "" : ",\"revision\":\"" + revision + "\"") + "},"
                + "\"quantity\":" + quantity + ",\"unit\":\"" + unit + "\"}");
        return this;
    }

    public String json() {
        return "{\"parent\":{\"itemNumber\":\"" + parent + "\",\"revision\":\"" + parentRevision + "\"},"
                + "\"bomRevision\":\"" + bomRevision + "\",\"producedQuantity\":" + produced + ",\"type\":\"" + type + "\","
                + "\"plants\":[" + String.join(",", plants.stream().map(p -> "\"" + p + "\"").toList()) + "],"
                + "\"lines\":[" + String.join(",", lines) + "]}";
    }

    /** Makes sure a plant with this code exists (there is no plant API yet), in a country that exists. */
    public static void ensurePlant(String code) {
        try (Connection c = DriverManager.getConnection(DB_URL, "mdm", "mdm"); Statement s = c.createStatement()) {
            s.execute("insert into country (code, name) values ('DE', 'Germany') on conflict do nothing");
            s.execute("insert into plant (code, name, country) values ('" + code + "', 'Plant " + code + "', 'DE') on conflict do nothing");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
