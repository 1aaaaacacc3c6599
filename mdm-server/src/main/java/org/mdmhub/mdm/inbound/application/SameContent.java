package org.mdmhub.mdm.inbound.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import org.mdmhub.mdm.platform.json.Json;

/**
 * Whether a record sent again says what the hub already holds, so that an unchanged payload creates no version.
 * Compared as JSON documents, numbers by value: {@code 1.50} is {@code 1.5}.
 */
public final class SameContent {
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private SameContent() {
    }

    /** {@code held} and {@code sent} are documents of one domain (e.g. two {@code ItemDocument}s). */
    public static boolean same(Object held, Object sent) {
        JsonNode a = Json.mapper().valueToTree(held);
        JsonNode b = Json.mapper().valueToTree(sent);
        return a.equals(NUMBERS_BY_VALUE, b);
    }
}
