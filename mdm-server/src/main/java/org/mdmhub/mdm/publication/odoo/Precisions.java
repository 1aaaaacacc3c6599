package org.mdmhub.mdm.publication.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many decimals one Odoo keeps: its {@code decimal.precision} records "Stock Weight" (a product's weight)
 * and "Product Unit of Measure" (BOM and line quantities). Odoo rounds a float field to its precision when it
 * stores it, silently: a 14 g part sent as 0.014 kg would arrive as 0.01 kg. So the connector reads the
 * precisions first and sends only values Odoo keeps exactly, in a finer unit when that helps.
 *
 * @param weight   decimals of {@code product.template.weight}
 * @param quantity decimals of {@code mrp.bom.product_qty} and {@code mrp.bom.line.product_qty}
 */
record Precisions(int weight, int quantity) {

    static final String WEIGHT = "Stock Weight";
    static final String QUANTITY = "Product Unit of Measure";
    /** What a fresh Odoo 17 has; used only by tests of the mapping alone. */
    static final Precisions ODOO_DEFAULTS = new Precisions(2, 2);

    /** Whether Odoo, keeping {@code digits} decimals, stores {@code value} as it is. */
    static boolean keeps(BigDecimal value, int digits) {
        return value.stripTrailingZeros().scale() <= digits;
    }

    /** Read from Odoo: one {@code search_read} on {@code decimal.precision}, which any internal user may read. */
    static Precisions read(OdooJsonRpc rpc, OdooConnection odoo) {
        JsonNode rows = rpc.executeKw(odoo, "decimal.precision", "search_read",
                List.of(List.of(List.of("name", "in", List.of(WEIGHT, QUANTITY)))), Map.of("fields", List.of("name", "digits")));
        Integer weight = null;
        Integer quantity = null;
        for (JsonNode row : rows) {
            if (WEIGHT.equals(row.path("name").asText())) {
                weight = row.path("digits").asInt();
            } else if (QUANTITY.equals(row.path("name").asText())) {
                quantity = row.path("digits").asInt();
            }
        }
        if (weight == null || quantity == null) {
            throw OdooException.permanent(null, "Odoo has no decimal precision named '" + (weight == null ? WEIGHT : QUANTITY)
                    + "' (modules product and uom installed?)");
        }
        return new Precisions(weight, quantity);
    }

    /**
     * The precisions per Odoo login, read once and kept a few minutes: they change only when an Odoo
     * administrator edits "Decimal Accuracy", and each batch would otherwise pay one more call.
     */
    static final class Cache {
        static final Duration KEEP = Duration.ofMinutes(5);

        private record Entry(Precisions precisions, Instant readAt) {
        }

        private final Map<List<Object>, Entry> entries = new ConcurrentHashMap<>();
        private final Clock clock;

        Cache(Clock clock) {
            this.clock = clock;
        }

        Precisions of(OdooJsonRpc rpc, OdooConnection odoo) {
            List<Object> key = List.of(odoo.url(), odoo.database(), odoo.login());
            Entry entry = entries.get(key);
            Instant now = clock.instant();
            if (entry == null || entry.readAt().plus(KEEP).isBefore(now)) {
                entry = new Entry(read(rpc, odoo), now);
                entries.put(key, entry);
            }
            return entry.precisions();
        }
    }
}
