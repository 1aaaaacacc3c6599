package org.mdmhub.mdm.partner.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mdmhub.mdm.inbound.application.SameContent;
import org.mdmhub.mdm.platform.json.Json;

/** What the supplier and customer intakes do alike. */
final class PartnerIntakes {
    private static final List<String> LISTS = List.of("addresses", "contacts", "bankAccounts");

    private PartnerIntakes() {
    }

    /**
     * Whether a partner sent again says what the hub holds. A source system does not know the hub's line ids, so
     * lines are compared by content and position, their ids left out on both sides.
     */
    static boolean same(Object heldDocument, Object sentDocument) {
        return SameContent.same(withoutLineIds(heldDocument), withoutLineIds(sentDocument));
    }

    private static JsonNode withoutLineIds(Object document) {
        ObjectNode tree = Json.mapper().valueToTree(document);
        for (String list : LISTS) {
            tree.path(list).forEach(line -> {
                if (line.isObject()) {
                    ((ObjectNode) line).remove("id");
                }
            });
        }
        return tree;
    }
}
