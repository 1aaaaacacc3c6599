package org.mdmhub.mdm.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Subscriptions through the admin API ({@code /api/v1/subscriptions} as {@code admin}). Subscriptions are global:
 * an active one receives every later release of its domains, so each test switches off what it created.
 */
public final class Subscriptions {
    /** The view's members a PUT takes back (schemas/v1/subscription.schema.json), the secret aside. */
    private static final String[] SETTINGS = {"name", "targetType", "domains", "filter", "config", "mappings",
            "includeSensitive", "retry"};

    private Subscriptions() {
    }

    /** Creates a subscription from its JSON body and returns its id. */
    public static String create(Api api, String json) {
        Api.Reply created = api.post("api/v1/subscriptions").as("admin").json(json).send();
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").asText();
    }

    /** Replaces the subscription with the same settings and {@code active: false} (the stored secret is kept). */
    public static void deactivate(Api api, String id) {
        Api.Reply current = api.get("api/v1/subscriptions/" + id).as("admin").send();
        assertEquals(200, current.status(), current.toString());
        JsonNode view = current.json();
        ObjectNode replacement = JsonNodeFactory.instance.objectNode();
        for (String member : SETTINGS) {
            JsonNode value = view.get(member);
            if (value != null && !value.isNull()) {
                replacement.set(member, value);
            }
        }
        replacement.put("active", false);
        Api.Reply retired = api.put("api/v1/subscriptions/" + id).as("admin").header("If-Match", current.header("ETag"))
                .json(replacement.toString()).send();
        assertEquals(200, retired.status(), retired + " for " + view);
    }
}
