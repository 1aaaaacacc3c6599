package org.mdmhub.mdm.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Boms;
import org.mdmhub.mdm.testsupport.Database;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.Keycloak;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.PartnerBodies;

/**
 * The defects of an outside walk of the running server (issue 10), one regression test each: refused with the
 * right problem type, a field error naming what is wrong, and nothing written (row counts before and after).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

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

    private static Map<String, Long> footprint() {
        Map<String, Long> counts = new LinkedHashMap<>(Database.writeFootprint());
        for (String table : new String[] {"supplier", "supplier_bank_account", "customer", "bom", "bom_line", "item_plant"}) {
            counts.put(table, Database.count(table));
        }
        return counts;
    }

    /** Refused with {@code status} and {@code type}, an error on {@code field} (when given), and nothing written. */
    private static JsonNode refused(Api.Call call, int status, String type, String field) {
        Map<String, Long> before = footprint();
        Api.Reply reply = call.send();
        assertEquals(status, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.header("Content-Type"), reply.toString());
        JsonNode problem = reply.json();
        assertEquals("https://mdmhub.org/problems/" + type, problem.get("type").asText(), reply.toString());
        if (field != null) {
            boolean named = false;
            for (JsonNode error : problem.path("errors")) {
                named |= field.equals(error.get("field").asText());
            }
            assertTrue(named, "no error on " + field + ": " + reply);
        }
        assertFalse(reply.body().contains("RESTEASY"), reply.toString());
        assertEquals(before, footprint());
        return problem;
    }

    // --- tokens only in the Authorization header

    @Test
    void aTokenInTheQueryStringIsNotAccepted() {
        String token = Keycloak.token("viewer");
        refused(api.get("api/v1/items?access_token=" + token), 401, "unauthenticated", null);
        assertEquals(200, api.get("api/v1/items").token(token).send().status());
    }

    // --- one text mechanism: NUL, lone surrogates, invalid UTF-8, in bodies and parameters

    @Test
    void aNulInATextFieldIsAFieldError() {
        refused(api.post("api/v1/items").as("steward").json(Items.body(Items.newNumber("NUL"), "Bolt\\u0000M6")),
                400, "validation-failed", "name");
    }

    @Test
    void aNulInANestedFieldOfASupplierIsAFieldError() {
        refused(api.post("api/v1/suppliers").as("steward").json(PartnerBodies.supplier(Items.newNumber("SUP"), "Acme",
                "addresses", "[{\"type\":\"legal\",\"street\":\"Haupt\\u0000str. 1\",\"postalCode\":\"10115\","
                        + "\"city\":\"Berlin\",\"country\":\"DE\"}]")), 400, "validation-failed", "addresses[0].street");
    }

    @Test
    void aLoneSurrogateIsAFieldErrorNotAQuestionMark() {
        refused(api.post("api/v1/items").as("steward").json(Items.body(Items.newNumber("SUR"), "Bolt \\ud800 M6")),
                400, "validation-failed", "name");
    }

    @Test
    void anOverlongUtf8SequenceIsRefusedNotDecoded() {
        byte[] head = ("{\"itemNumber\":\"" + Items.newNumber("OVL") + "\",\"revision\":\"A\",\"name\":\"Bolt ")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\",\"type\":\"component\",\"baseUnit\":\"C62\"}".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(head);
        body.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF}); // an overlong '/'
        body.writeBytes(tail);
        refused(api.post("api/v1/items").as("steward").body("application/json", body.toByteArray()),
                400, "malformed-request", "$");
    }

    @Test
    void aNulInAQueryParameterIsABadParameter() {
        refused(api.get("api/v1/items?name=bo%00lt").as("viewer"), 400, "bad-parameter", "name");
    }

    @Test
    void invalidUtf8InAQueryParameterIsABadParameter() {
        refused(api.get("api/v1/suppliers?name=%C0%AF").as("viewer"), 400, "bad-parameter", "name");
    }

    @Test
    void aNulInAPathSegmentIsABadParameter() {
        refused(api.get("api/v1/items/abc%00def").as("viewer"), 400, "bad-parameter", "path");
    }

    // --- one number mechanism: what the column cannot store exactly is a field error

    @Test
    void aWeightBelowTheColumnsScaleIsRefusedNotRoundedToZero() {
        refused(api.post("api/v1/items").as("steward").json(Items.body(Items.newNumber("WGT"), "Washer", "")
                        .replace("\"value\":0.012", "\"value\":0.0000001")),
                400, "validation-failed", "weight.value");
    }

    @Test
    void aCreditLimitThatWouldOverflowItsColumnIsAFieldError() {
        refused(api.post("api/v1/customers").as("steward").json(PartnerBodies.customer(Items.newNumber("CUS"), "Globex", "ok",
                        "creditLimit", "{\"amount\":1000000000000000,\"currency\":\"EUR\"}")),
                400, "validation-failed", "creditLimit.amount");
    }

    @Test
    void aBomQuantityThatWouldRoundToZeroIsAFieldError() {
        String parent = Items.newNumber("ASM");
        String component = Items.newNumber("CMP");
        for (String number : new String[] {parent, component}) {
            assertEquals(201, api.post("api/v1/items").as("steward").json(Items.body(number, "Part")).send().status());
        }
        refused(api.post("api/v1/boms").as("steward").json(Boms.of(parent).line(10, component, "A", "0.0000001", "C62").json()),
                400, "validation-failed", "lines[0].quantity");
    }

    // --- conditional requests: strong comparison

    @Test
    void aWeakETagInIfMatchFailsThePrecondition() {
        String number = Items.newNumber("ETG");
        Api.Reply created = api.post("api/v1/items").as("steward").json(Items.body(number, "Nut M6")).send();
        assertEquals(201, created.status(), created.toString());
        String id = created.json().get("id").asText();
        String etag = created.header("ETag");
        refused(api.put("api/v1/items/" + id).as("steward").header("If-Match", "W/" + etag)
                .header("Change-Reason", "weak").json(Items.body(number, "Nut M6 changed")), 412, "precondition-failed", null);
        assertEquals("Nut M6", api.get("api/v1/items/" + id).as("viewer").send().json().get("name").asText());
    }

    // --- no framework internals, one error format everywhere

    @Test
    void anUnknownApiPathIsAPlainProblem() {
        JsonNode problem = refused(api.get("api/v1/no-such-thing").as("viewer"), 404, "not-found", null);
        assertFalse(problem.path("detail").asText().contains("http"), problem.toString());
    }

    @Test
    void anUnsupportedMediaTypeShowsNoInternals() {
        refused(api.post("api/v1/items").as("steward").body("text/plain", "hello".getBytes(StandardCharsets.UTF_8)),
                415, "unsupported-media-type", null);
    }

    @Test
    void theDeploymentDescriptorIsANotFoundProblem() {
        refused(api.get("WEB-INF/web.xml").as("viewer"), 404, "not-found", null);
        refused(api.get("WEB-INF/web.xml"), 404, "not-found", null);
    }

    @Test
    void theRootWithoutATokenIsUnauthenticated() {
        refused(api.get(""), 401, "unauthenticated", null);
    }

    // --- Location and security headers

    @Test
    void locationDoesNotFollowTheHostHeader() throws IOException {
        String body = Items.body(Items.newNumber("HST"), "Pin");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String request = "POST /api/v1/items HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer "
                + Keycloak.token("steward") + "\r\nContent-Type: application/json\r\nChange-Reason: host\r\n"
                + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
        String response;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(response.startsWith("HTTP/1.1 201"), response);
        String location = response.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst().orElse(null);
        assertNotNull(location, response);
        assertFalse(location.contains("evil.example"), location);
        assertTrue(location.substring(9).strip().startsWith("/api/v1/items/"), location);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (Api.Reply reply : new Api.Reply[] {
                api.get("api/v1/items").as("viewer").send(),   // 200
                api.get("api/v1/items").send(),                // 401 from the OIDC layer
                api.get("api/v1/no-such-thing").as("viewer").send(), // 404 from JAX-RS
                api.get("nothing-here").send()}) {             // outside the API
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), reply.toString());
            assertEquals("DENY", reply.header("X-Frame-Options"), reply.toString());
            assertEquals("no-referrer", reply.header("Referrer-Policy"), reply.toString());
            String csp = reply.header("Content-Security-Policy");
            assertNotNull(csp, reply.toString());
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'none'"), csp);
        }
    }
}
