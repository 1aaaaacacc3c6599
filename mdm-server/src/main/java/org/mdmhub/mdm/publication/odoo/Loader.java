package org.mdmhub.mdm.publication.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One batch of records into Odoo with {@code load}. A load call is all-or-nothing and names the records it
 * refused in its messages, so a refused batch is sent again without them, as often as needed; when the
 * messages name no record, the batch is halved until they do. One bad record therefore costs a call or two,
 * never the rest of the batch.
 */
final class Loader {

    private final OdooJsonRpc rpc;

    Loader(OdooJsonRpc rpc) {
        this.rpc = rpc;
    }

    /**
     * @param loaded  database id per record Odoo took
     * @param refused Odoo's messages per record it refused
     */
    record Outcome(Map<LoadRecord, Long> loaded, Map<LoadRecord, String> refused) {
    }

    /**
     * Loads the records.
     *
     * @throws OdooException when Odoo is unreachable or busy (retryable), or refuses the call as a whole
     */
    Outcome load(OdooConnection odoo, LoadTable table, List<LoadRecord> records) {
        Outcome outcome = new Outcome(new LinkedHashMap<>(), new LinkedHashMap<>());
        run(odoo, table, records, outcome);
        return outcome;
    }

    private void run(OdooConnection odoo, LoadTable table, List<LoadRecord> records, Outcome outcome) {
        if (records.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        records.forEach(r -> rows.addAll(r.rows()));
        JsonNode result = rpc.executeKw(odoo, table.model(), "load", List.of(table.columns(), rows),
                Map.of("context", Map.of("tracking_disable", true)));
        JsonNode ids = result.path("ids");
        if (ids.isArray()) {
            for (int i = 0; i < records.size(); i++) {
                outcome.loaded().put(records.get(i), ids.path(i).asLong());
            }
            return;
        }
        Map<Integer, List<String>> named = new HashMap<>();
        List<String> unnamed = new ArrayList<>();
        for (JsonNode message : result.path("messages")) {
            if (!"error".equals(message.path("type").asText())) {
                continue;
            }
            String text = message.path("message").asText();
            if (OdooException.isTransient(null, text)) {
                throw OdooException.fromOdoo(null, text);
            }
            if (message.path("record").isIntegralNumber() && message.path("record").asInt() < records.size()) {
                named.computeIfAbsent(message.path("record").asInt(), i -> new ArrayList<>()).add(text);
            } else {
                unnamed.add(text);
            }
        }
        if (!named.isEmpty()) {
            List<LoadRecord> rest = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                if (named.containsKey(i)) {
                    outcome.refused().put(records.get(i), String.join("; ", named.get(i)));
                } else {
                    rest.add(records.get(i));
                }
            }
            run(odoo, table, rest, outcome);
        } else if (records.size() == 1) {
            outcome.refused().put(records.get(0), unnamed.isEmpty() ? "Odoo refused the record without saying why"
                    : String.join("; ", unnamed));
        } else {
            int half = records.size() / 2;
            run(odoo, table, records.subList(0, half), outcome);
            run(odoo, table, records.subList(half, records.size()), outcome);
        }
    }
}
