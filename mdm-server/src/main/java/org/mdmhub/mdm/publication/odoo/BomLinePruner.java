package org.mdmhub.mdm.publication.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes from Odoo the BOM lines the hub no longer has. {@code load} updates and adds lines by their external
 * ids but leaves lines out of a re-load alone (odoo-api.md), and an integration user cannot list external ids,
 * so lines are matched by what the connector wrote: (sequence = position, component variant). Every other line
 * of a hub BOM goes, and of two lines with the same key the newer stays. One search and at most one unlink per
 * batch of BOMs.
 */
final class BomLinePruner {

    /** A line as the hub wrote it. */
    record LineKey(long sequence, long variantId) {
    }

    private final OdooJsonRpc rpc;

    BomLinePruner(OdooJsonRpc rpc) {
        this.rpc = rpc;
    }

    /** @return how many lines were removed */
    int prune(OdooConnection odoo, Map<Long, Set<LineKey>> expectedByBom) {
        if (expectedByBom.isEmpty()) {
            return 0;
        }
        JsonNode lines = rpc.executeKw(odoo, Odoo17Mapping.BOM_LINE, "search_read",
                List.of(List.of(List.of("bom_id", "in", List.copyOf(expectedByBom.keySet())))),
                Map.of("fields", Odoo17Mapping.LINE_FIELDS));
        Map<Long, Map<LineKey, List<Long>>> found = new HashMap<>();
        for (JsonNode line : lines) {
            LineKey key = new LineKey(line.path("sequence").asLong(), OdooKeys.many2one(line.path("product_id")));
            found.computeIfAbsent(OdooKeys.many2one(line.path("bom_id")), b -> new HashMap<>())
                    .computeIfAbsent(key, k -> new ArrayList<>()).add(line.path("id").asLong());
        }
        List<Long> stale = new ArrayList<>();
        found.forEach((bom, byKey) -> byKey.forEach((key, ids) -> {
            List<Long> sorted = ids.stream().sorted(Comparator.reverseOrder()).toList();
            boolean wanted = expectedByBom.getOrDefault(bom, Set.of()).contains(key);
            stale.addAll(wanted ? sorted.subList(1, sorted.size()) : sorted);
        }));
        if (!stale.isEmpty()) {
            rpc.executeKw(odoo, Odoo17Mapping.BOM_LINE, "unlink", List.of(stale), Map.of());
        }
        return stale.size();
    }
}
