package org.mdmhub.mdm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Boms;
import org.mdmhub.mdm.testsupport.Database;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.PartnerBodies;
import org.mdmhub.mdm.testsupport.Releases;
import org.mdmhub.mdm.testsupport.Subscriptions;

/**
 * History is kept forever: every audit table, as the database catalog lists it (Envers {@code *_aud} tables, the
 * revision table, approval decisions), refuses UPDATE and DELETE from the role the running server connects with.
 * Each statement runs in one transaction that is rolled back at the end, so a missing guard shows as a failure
 * without destroying the history the other tests read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailAppendOnlyIT {
    /** Audit tables that are not Envers {@code _aud} tables (the catalog query adds every {@code _aud} table). */
    private static final List<String> NAMED = List.of("audit_revision", "approval_decision");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyAuditTableRefusesUpdateAndDeleteFromTheApplicationsRole() throws SQLException {
        seedHistoryOfEveryDomain(new Api(base));
        String role = Database.serverRole();
        Map<String, String> unguarded = new TreeMap<>();
        List<String> checked = new ArrayList<>();
        try (Connection c = Database.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set role \"" + role + "\""); // a no-op when the tests log in as the server's role
                List<String> tables = auditTables(s);
                assertTrue(tables.size() >= 19 && tables.containsAll(List.of("item_aud", "supplier_bank_account_aud",
                        "subscription_aud", "audit_revision")), "the catalog lists the audit tables: " + tables);
                for (String table : tables) {
                    boolean hasRows = exists(s, table);
                    String column = firstColumn(s, table);
                    for (String statement : List.of("update " + table + " set " + column + " = " + column,
                            "delete from " + table)) {
                        String outcome = attempt(c, s, statement);
                        if (outcome == null && (hasRows || !rowGuarded(s, table))) {
                            unguarded.put(statement, hasRows ? "changed rows" : "no privilege check and no row trigger");
                        } else if (outcome != null && !outcome.contains("append-only") && !outcome.contains("permission denied")) {
                            unguarded.put(statement, "refused, but not by a guard: " + outcome);
                        }
                    }
                    checked.add(table + (hasRows ? "" : " (empty: guard read from the catalog)"));
                }
            } finally {
                c.rollback();
            }
        }
        assertEquals(Map.of(), unguarded, "as role " + role + ", checked " + checked);
    }

    /** Releases one record of every domain with all its child lines, so each audit table has rows to refuse changing. */
    private static void seedHistoryOfEveryDomain(Api api) {
        String parent = Items.newNumber("AUD");
        String component = Items.newNumber("AUD");
        List<String> items = List.of(Releases.draftItem(api, parent, "Audited parent"),
                Releases.draftItem(api, component, "Audited component"));
        Releases.release(api, "item", items);
        Boms.ensurePlant("AUD1");
        Api.Reply bom = api.post("api/v1/boms").as("steward").json(Boms.of(parent).plant("AUD1")
                .line(10, component, "A", "2", "C62").json()).send();
        assertEquals(201, bom.status(), bom.toString());
        Releases.release(api, "bom", List.of(bom.json().get("id").asText()));
        Api.Reply supplier = api.post("api/v1/suppliers").as("steward")
                .json(PartnerBodies.supplier(Items.newNumber("AUD"), "Audit GmbH")).send();
        assertEquals(201, supplier.status(), supplier.toString());
        Releases.release(api, "supplier", List.of(supplier.json().get("id").asText()));
        Api.Reply customer = api.post("api/v1/customers").as("steward")
                .json(PartnerBodies.customer(Items.newNumber("AUD"), "Audit SARL", "ok")).send();
        assertEquals(201, customer.status(), customer.toString());
        Releases.release(api, "customer", List.of(customer.json().get("id").asText()));
        String plant = "A" + (System.nanoTime() % 100_000);
        assertEquals(201, api.post("api/v1/reference/plants").as("steward")
                .json("{\"code\":\"" + plant + "\",\"name\":\"Audit plant\",\"country\":\"FR\"}").send().status());
        String subscription = Subscriptions.create(api, "{\"name\":\"it-audit-" + System.nanoTime() + "\",\"targetType\":\"webhook\","
                + "\"domains\":[\"item\"],\"config\":{\"url\":\"http://127.0.0.1:9/audit\"},\"secret\":\"s\"}");
        Subscriptions.deactivate(api, subscription);
    }

    private static List<String> auditTables(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = current_schema() and c.relkind in ('r', 'p')"
                + " and (c.relname like '%\\_aud' or c.relname = any (array['" + String.join("','", NAMED) + "']))"
                + " order by c.relname")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    private static boolean exists(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("select exists (select 1 from " + table + ")")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    private static String firstColumn(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("select attname from pg_attribute where attrelid = '" + table
                + "'::regclass and attnum = 1")) {
            r.next();
            return r.getString(1);
        }
    }

    /** An enabled BEFORE UPDATE and DELETE row trigger: what guards a table that is still empty. */
    private static boolean rowGuarded(Statement s, String table) throws SQLException {
        // tgtype bits: 1 row, 2 before, 8 delete, 16 update
        try (ResultSet r = s.executeQuery("select exists (select 1 from pg_trigger where tgrelid = '" + table
                + "'::regclass and tgenabled <> 'D' and (tgtype & 27) = 27)")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    /** Runs the statement under a savepoint; the database's refusal, or null when it went through. */
    private static String attempt(Connection c, Statement s, String statement) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            s.execute(statement);
            return null;
        } catch (SQLException refused) {
            return refused.getMessage();
        } finally {
            c.rollback(before);
        }
    }
}
