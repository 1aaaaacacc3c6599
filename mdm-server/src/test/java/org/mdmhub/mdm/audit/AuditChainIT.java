package org.mdmhub.mdm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.Releases;

/**
 * The hash chain over the audit revisions: intact after ordinary and concurrent changes; an edit made behind
 * the application's back — by a PostgreSQL superuser, with the append-only triggers bypassed — is found, and
 * the verifier names that revision as the first broken link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditChainIT {
    private static final String DB_URL = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/mdm_test");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    private JsonNode verify() {
        Api.Reply reply = api.get("api/v1/audit/chain/verify").as("admin").send();
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    @Test
    void onlyAnAdminMayVerify() {
        assertEquals(403, api.get("api/v1/audit/chain/verify").as("viewer").send().status());
        assertEquals(401, api.get("api/v1/audit/chain/verify").send().status());
    }

    @Test
    void revisionsCommittedTogetherAreChainedOneAfterTheOther() throws Exception {
        long before = verify().get("links").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> creates = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String body = Items.body(Items.newNumber("CHN"), "Chained " + i);
                creates.add(CompletableFuture.supplyAsync(() -> api.post("api/v1/items").as("steward").json(body).send().status(), pool));
            }
            for (CompletableFuture<Integer> create : creates) {
                assertEquals(201, create.get());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode after = verify();
        assertTrue(after.get("intact").asBoolean(), after.toString());
        assertTrue(after.get("links").asLong() >= before + 24, after.toString());
    }

    @Test
    void aSuperusersEditOfTheHistoryIsTheFirstBrokenLink() throws SQLException {
        String first = Releases.draftItem(api, Items.newNumber("TMP"), "Tamper target");
        Releases.release(api, "item", List.of(first));
        Releases.draftItem(api, Items.newNumber("TMP"), "Written after"); // later links exist after the tampered one
        JsonNode intact = verify();
        assertTrue(intact.get("intact").asBoolean(), intact.toString());

        long revision;
        String original;
        try (Connection c = superuser(); PreparedStatement q = c.prepareStatement(
                "select rev, name from item_aud where id = ? order by rev limit 1")) {
            q.setObject(1, UUID.fromString(first));
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                revision = r.getLong(1);
                original = r.getString(2);
            }
        }
        rename(first, revision, "Tampered by a superuser");
        try {
            JsonNode broken = verify();
            assertEquals(false, broken.get("intact").asBoolean(), broken.toString());
            assertEquals(revision, broken.get("firstBrokenRevision").asLong(), broken.toString());
        } finally {
            rename(first, revision, original);
        }
        JsonNode repaired = verify();
        assertTrue(repaired.get("intact").asBoolean(), "the original content hashes as before: " + repaired);
    }

    /** What an attacker with superuser rights does: switch the triggers off for the session and edit. */
    private static void rename(String id, long revision, String name) throws SQLException {
        try (Connection c = superuser()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local session_replication_role = replica");
            }
            try (PreparedStatement u = c.prepareStatement("update item_aud set name = ? where id = ? and rev = ?")) {
                u.setString(1, name);
                u.setObject(2, UUID.fromString(id));
                u.setLong(3, revision);
                assertEquals(1, u.executeUpdate());
            }
            c.commit();
        }
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(DB_URL, "postgres", "");
    }
}
