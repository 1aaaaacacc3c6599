package org.mdmhub.mdm.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import org.mdmhub.mdm.testsupport.Database;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.Releases;

/** Bad request bodies get a 4xx problem document and leave every table as it was. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

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

    private void assertRefusedAndNothingWritten(Api.Call call, int expectedStatus, String expectedType) {
        Map<String, Long> before = Database.writeFootprint();
        Api.Reply reply = call.send();
        assertEquals(expectedStatus, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.header("Content-Type"), reply.toString());
        assertEquals("https://mdmhub.org/problems/" + expectedType, reply.json().get("type").asText());
        assertEquals(expectedStatus, reply.json().get("status").asInt());
        assertEquals(before, Database.writeFootprint());
    }

    @Test
    void malformedJson() {
        assertRefusedAndNothingWritten(api.post("api/v1/items").as("steward").json("{\"itemNumber\": \"X\", "),
                400, "malformed-request");
    }

    @Test
    void trailingGarbageAfterTheDocument() {
        assertRefusedAndNothingWritten(api.post("api/v1/items").as("steward")
                .json(Items.body(Items.newNumber("T"), "x") + " {}"), 400, "malformed-request");
    }

    @Test
    void aFieldOfTheWrongType() {
        assertRefusedAndNothingWritten(api.post("api/v1/items").as("steward").json("""
                {"itemNumber":"%s","revision":"A","name":42,"type":"component","baseUnit":"C62"}"""
                .formatted(Items.newNumber("W"))), 400, "validation-failed");
    }

    @Test
    void anArrayInsteadOfAnObject() {
        assertRefusedAndNothingWritten(api.post("api/v1/items").as("steward").json("[1,2,3]"), 400, "validation-failed");
    }

    @Test
    void anUnknownField() {
        assertRefusedAndNothingWritten(api.post("api/v1/items").as("steward")
                .json(Items.body(Items.newNumber("F"), "x", "\"colour\":\"red\",")), 400, "validation-failed");
    }

    @Test
    void anEmptyBody() {
        assertRefusedAndNothingWritten(api.post("api/v1/items").as("steward").json(""), 400, "validation-failed");
    }

    @Test
    void aTenMegabyteBody() {
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        byte[] doc = Items.body(Items.newNumber("BIG"), "x").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(doc, 0, big, 0, doc.length);
        assertRefusedAndNothingWritten(api.post("api/v1/items").as("steward").body("application/json", big),
                413, "payload-too-large");
    }

    @Test
    void aBodyThatIsNotJson() {
        assertRefusedAndNothingWritten(api.post("api/v1/items").as("steward")
                .body("text/plain", "hello".getBytes(StandardCharsets.UTF_8)), 415, "unsupported-media-type");
    }

    @Test
    void deletingAGoldenRecordIsNotAllowed() {
        Api.Reply reply = api.call("DELETE", "api/v1/items/00000000-0000-0000-0000-000000000000").as("steward").send();
        assertEquals(405, reply.status(), reply.toString());
        assertEquals("https://mdmhub.org/problems/method-not-allowed", reply.json().get("type").asText());
    }

    @Test
    void aPathOutsideTheApiIsAProblemToo() {
        Api.Reply reply = api.get("no-such-page").send();
        assertEquals(404, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.toString());
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        Api.Reply reply = api.get("api/v1/no-such-thing").as("viewer").send();
        assertEquals(404, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.toString());
    }

    /** Found by ApiFuzzIT: the request used to be opened (and committed) before its records were refused. */
    @Test
    void aChangeRequestWhoseRecordIsPendingElsewhereIsNotOpenedEmpty() {
        String item = Releases.draftItem(api, Items.newNumber("CRP"), "Pending elsewhere");
        String records = "\"records\":[{\"type\":\"item\",\"id\":\"" + item + "\"}]";
        Api.Reply first = api.post("api/v1/change-requests").as("steward").json("{\"title\":\"first\"," + records + "}").send();
        assertEquals(201, first.status(), first.toString());
        long requests = Database.count("change_request");
        long entries = Database.count("change_entry");
        Api.Reply second = api.post("api/v1/change-requests").as("steward").json("{\"title\":\"second\"," + records + "}").send();
        assertEquals(409, second.status(), second.toString());
        assertEquals("https://mdmhub.org/problems/conflict", second.json().get("type").asText());
        assertEquals(requests, Database.count("change_request"), "no empty change request left behind");
        assertEquals(entries, Database.count("change_entry"));
    }

    /** Found by ApiFuzzIT: the container's own HTML page answered a URL whose percent-encoding is not UTF-8. */
    @Test
    void aPathThatIsNotUtf8IsAProblemToo() {
        Api.Reply reply = api.get("api/v1/items/a%C0%AFb").as("viewer").send();
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.toString());
    }
}
