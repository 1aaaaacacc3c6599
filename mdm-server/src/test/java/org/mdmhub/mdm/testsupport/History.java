package org.mdmhub.mdm.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.stream.StreamSupport;

/**
 * Instants read from a record's history ({@code GET <record>/history}), the server's own clock: an as-of test asks
 * for the moment a version was recorded instead of reading the test JVM's clock between sleeps.
 */
public final class History {
    private History() {
    }

    /**
     * When {@code version} of the record at {@code path} was recorded, checked to lie before the next version's
     * record time, so reading the record as of that instant must answer exactly that version.
     */
    public static Instant instantOfVersion(Api api, String path, int version) {
        Api.Reply reply = api.get(path + "/history").as("viewer").send();
        assertEquals(200, reply.status(), reply.toString());
        JsonNode history = reply.json();
        Instant at = lastChange(history, version);
        Instant next = lastChange(history, version + 1);
        // as-of reads compare milliseconds: two versions in one millisecond could not be told apart
        assertTrue(at.toEpochMilli() < next.toEpochMilli(),
                "versions " + version + " and " + (version + 1) + " were recorded in the same millisecond: " + history);
        return at;
    }

    private static Instant lastChange(JsonNode history, int version) {
        return StreamSupport.stream(history.spliterator(), false).filter(e -> e.get("version").asInt() == version)
                .map(e -> Instant.parse(e.get("changedAt").asText())).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no version " + version + " in " + history));
    }
}
