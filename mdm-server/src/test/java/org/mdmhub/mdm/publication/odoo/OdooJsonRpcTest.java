package org.mdmhub.mdm.publication.odoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON-RPC client: one login per connection, and every failure classified as odoo-api.md says. */
class OdooJsonRpcTest {

    private static OdooDouble odoo;
    private OdooJsonRpc rpc;

    @BeforeAll
    static void start() {
        odoo = OdooDouble.start();
    }

    @AfterAll
    static void stop() {
        odoo.close();
    }

    @BeforeEach
    void fresh() {
        odoo.reset();
        rpc = new OdooJsonRpc();
    }

    private OdooException failing(OdooConnection connection) {
        return assertThrows(OdooException.class, () -> rpc.executeKw(connection, "res.partner", "search_count",
                List.of(List.of()), Map.of()));
    }

    @Test
    void logsInOncePerConnection() {
        rpc.executeKw(odoo.connection(), "res.partner", "search_count", List.of(List.of()), Map.of());
        rpc.executeKw(odoo.connection(), "res.partner", "search_count", List.of(List.of()), Map.of());
        assertEquals(1, odoo.calls("common", "authenticate"));
    }

    @Test
    void aWrongPasswordIsPermanentAndNeverQuoted() {
        OdooConnection wrong = new OdooConnection(odoo.url(), OdooDouble.DATABASE, OdooDouble.LOGIN, "wrong-secret");
        OdooException e = failing(wrong);
        assertFalse(e.retryable());
        assertEquals("odoo.exceptions.AccessDenied", e.errorName());
        assertFalse(e.detail().contains("wrong-secret"));
    }

    @Test
    void downBadGatewayAndSerializationFailuresAreRetryable() {
        rpc.authenticate(odoo.connection());
        for (OdooDouble.Failure failure : OdooDouble.Failure.values()) {
            odoo.failNextCalls(1, failure);
            assertTrue(failing(odoo.connection()).retryable(), failure.name());
        }
    }

    @Test
    void refusalsArePermanentWithOdoosClassAndMessage() {
        OdooException e = assertThrows(OdooException.class, () -> rpc.executeKw(odoo.connection(), "product.template",
                "write", List.of(List.of(424242), Map.of("name", "x")), Map.of()));
        assertFalse(e.retryable());
        assertEquals("odoo.exceptions.MissingError", e.errorName());
        assertTrue(e.detail().startsWith("MissingError: Record does not exist"), e.detail());
    }

    @Test
    void nothingListeningIsRetryable() {
        OdooConnection nowhere = new OdooConnection(java.net.URI.create("http://127.0.0.1:9"), "db", "login", "pw");
        assertTrue(failing(nowhere).retryable());
    }

    @Test
    void loadWithoutRecordNamesIsHalvedUntilEachRecordIsJudged() {
        LoadTable broken = new LoadTable("product.template", List.of("id", "name", "no_such_field"));
        List<LoadRecord> records = new java.util.ArrayList<>();
        OdooEvents events = new OdooEvents();
        for (int i = 0; i < 4; i++) {
            records.add(new LoadRecord(events.item("L-" + i, "x"), "item_" + i, List.of(List.of("mdm.l" + i, "x", "y"))));
        }
        Loader.Outcome outcome = new Loader(rpc).load(odoo.connection(), broken, records);
        assertEquals(4, outcome.refused().size());
        assertEquals(7, odoo.calls("product.template", "load"), "4, 2 + 2, then 1 + 1 + 1 + 1");
    }
}
