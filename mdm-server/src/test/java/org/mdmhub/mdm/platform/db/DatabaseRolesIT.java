package org.mdmhub.mdm.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Database;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.PartnerBodies;
import org.mdmhub.mdm.testsupport.Releases;

/**
 * The application's database role (the one the server connects as) owns nothing and cannot rewrite the
 * audit trail: on every audit table — listed from the catalog, not by name — UPDATE, DELETE, TRUNCATE,
 * ALTER, DROP TRIGGER, DISABLE TRIGGER and DROP are refused. And the append-only guards hold even for the
 * owner role: every audit table has its row guard (UPDATE, DELETE) and its statement guard (TRUNCATE).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseRolesIT {
    /** PostgreSQL's SQLSTATE insufficient_privilege (also "must be owner of table"). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    /** Some history in most audit tables, so the row guards have rows to refuse. */
    @BeforeEach
    void history() {
        Api api = new Api(base);
        Releases.release(api, "item", List.of(Releases.draftItem(api, Items.newNumber("ROLE"), "Role check")));
        Api.Reply supplier = api.post("api/v1/suppliers").as("steward").json(PartnerBodies.supplier(Items.newNumber("ROLE"), "Acme")).send();
        assertEquals(201, supplier.status(), supplier.toString());
    }

    @Test
    void theApplicationRoleOwnsNothing() throws SQLException {
        try (Connection c = Database.connectAsApplication(); Statement s = c.createStatement();
             ResultSet owned = s.executeQuery("""
                     select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'public' and c.relowner = (select oid from pg_roles where rolname = current_user)""")) {
            owned.next();
            assertEquals(0, owned.getLong(1), "relations owned by the application role");
        }
    }

    @Test
    void theApplicationRoleCannotChangeAnyAuditTable() throws SQLException {
        List<String> allowed = new ArrayList<>();
        Set<String> tables = auditTables();
        for (String table : tables) {
            String column = firstColumn(table);
            String trigger = table + "_append_only";
            for (String statement : List.of(
                    "update " + table + " set " + column + " = " + column,
                    "delete from " + table,
                    "truncate " + table,
                    "alter table " + table + " add column tampered integer",
                    "alter table " + table + " disable trigger all",
                    "alter table " + table + " disable trigger " + trigger,
                    "drop trigger " + trigger + " on " + table,
                    "drop table " + table)) {
                try (Connection c = Database.connectAsApplication(); Statement s = c.createStatement()) {
                    s.execute(statement);
                    allowed.add(statement);
                } catch (SQLException refused) {
                    if (!INSUFFICIENT_PRIVILEGE.equals(refused.getSQLState())) {
                        allowed.add(statement + " (refused for another reason: " + refused.getSQLState() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), allowed, "statements the application role could run on " + tables);
        // and it can still do its job on them: read (inserts are what every other IT does through the API)
        try (Connection c = Database.connectAsApplication(); Statement s = c.createStatement()) {
            for (String table : tables) {
                s.executeQuery("select count(*) from " + table).close();
            }
        }
    }

    @Test
    void everyAuditTableIsGuardedAgainstUpdateDeleteAndTruncateEvenForTheOwner() throws SQLException {
        List<String> unguarded = new ArrayList<>();
        for (String table : auditTables()) {
            try (Connection c = Database.connectAsOwner(); Statement s = c.createStatement()) {
                try {
                    s.execute("truncate " + table + " cascade");
                    unguarded.add("truncate " + table);
                } catch (SQLException refused) {
                    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                }
                if (Database.count(table) > 0) {
                    String column = firstColumn(table);
                    for (String statement : List.of("update " + table + " set " + column + " = " + column, "delete from " + table)) {
                        try {
                            s.execute(statement);
                            unguarded.add(statement);
                        } catch (SQLException refused) {
                            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                        }
                    }
                } else if (!hasRowGuard(c, table)) {
                    unguarded.add(table + " (empty) has no enabled row guard for UPDATE and DELETE");
                }
            }
        }
        assertEquals(List.of(), unguarded);
    }

    /** Every audit table: the revision table, every Envers {@code *_aud} table, and any table the audit guard function protects. */
    private static Set<String> auditTables() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection c = Database.connectAsApplication(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'public' and c.relkind in ('r', 'p')
                       and (c.relname = 'audit_revision' or c.relname like '%\\_aud' escape '\\'
                            or exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                                       where t.tgrelid = c.oid and p.proname = 'refuse_audit_change'))""")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        assertTrue(tables.contains("audit_revision") && tables.contains("subscription_aud") && tables.size() > 15, tables.toString());
        return tables;
    }

    private static boolean hasRowGuard(Connection c, String table) throws SQLException {
        // tgtype bits: 1 row, 2 before, 8 delete, 16 update; enabled unless tgenabled = 'D'
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select count(*) from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                where t.tgrelid = '%s'::regclass and p.proname = 'refuse_audit_change' and t.tgenabled <> 'D'
                  and t.tgtype & 1 = 1 and t.tgtype & 8 = 8 and t.tgtype & 16 = 16""".formatted(table))) {
            r.next();
            return r.getLong(1) > 0;
        }
    }

    private static String firstColumn(String table) throws SQLException {
        try (Connection c = Database.connectAsApplication(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select column_name from information_schema.columns where table_schema = 'public' "
                     + "and table_name = '" + table + "' and is_identity = 'NO' order by ordinal_position limit 1")) {
            if (!r.next()) {
                fail("no columns visible for " + table);
            }
            return r.getString(1);
        }
    }
}
