package org.mdmhub.mdm.publication.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.publication.domain.Drift;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/**
 * Reads back what one Odoo holds of a subscription's records and reports how it differs from what the hub
 * would send: MISSING (no record under the external id: deleted in Odoo, or never delivered), STALE (a field
 * the mapping writes holds something else: one drift per field), UNEXPECTED (a record delivered earlier, no
 * longer covered by the subscription, still active in Odoo). Records are read by database id in batches;
 * {@code read} answers nothing for ids that are gone, so those are looked up again by external id.
 */
final class OdooReconciliation {

    private static final ObjectMapper JSON = Json.mapper();

    private final OdooSettings settings;
    private final UUID subscription;
    private final OdooJsonRpc rpc;
    private final OdooKeys keys;
    private final Map<String, Long> references = new HashMap<>();

    private final Precisions precisions;

    OdooReconciliation(OdooSettings settings, Precisions precisions, UUID subscription, OdooJsonRpc rpc, OdooKeyMap keyMap) {
        this.precisions = precisions;
        this.settings = settings;
        this.subscription = subscription;
        this.rpc = rpc;
        this.keys = new OdooKeys(rpc, keyMap);
    }

    /** @throws OdooException when Odoo cannot be read */
    List<Drift> compare(List<ReleaseEvent> expected, List<String> known) {
        List<Drift> drifts = new ArrayList<>();
        Map<String, LoadRecord> wanted = new LinkedHashMap<>();
        Map<String, List<List<String>>> accounts = new HashMap<>();
        for (ReleaseEvent event : expected) {
            try {
                JsonNode document = JSON.readTree(event.document());
                wanted.put(event.externalName(), expectedRecord(event, document));
                if (event.domain() == org.mdmhub.mdm.lifecycle.domain.RecordType.SUPPLIER
                        && event.state() == LifecycleState.RELEASED) {
                    accounts.put(event.externalName(), Odoo17Mapping.bankAccounts(event, document));
                }
            } catch (Odoo17Mapping.MaskedIbanException e) {
                // the subscription never sees the IBANs, so Odoo never got them: nothing to compare
            } catch (IOException | MappingException e) {
                // never deliverable in this shape: the dead letter says so, a drift would not add anything
            }
        }
        Map<String, JsonNode> held = read(wanted.keySet(), wanted);
        wanted.forEach((name, record) -> {
            JsonNode row = held.get(name);
            ReleaseEvent event = record.event();
            if (row == null) {
                if (event.state() != LifecycleState.OBSOLETE) {
                    drifts.add(new Drift(event.recordId(), Drift.Kind.MISSING, null, null, null));
                }
            } else {
                drifts.addAll(differences(record, row));
            }
        });
        drifts.addAll(bankDifferences(accounts, held, wanted));
        drifts.addAll(unexpected(known.stream().filter(n -> !wanted.containsKey(n)).toList()));
        return drifts;
    }

    /**
     * Each supplier's bank accounts as Odoo holds them, read in one {@code search_read} per batch of partners
     * (an integration user cannot look their external ids up): an account is matched by its IBAN under its
     * partner. A missing one (deleted, moved to another partner, or its number edited) is one drift named by
     * the hub's account id; IBANs never appear in a drift, which an admin without finance rights may read.
     */
    private List<Drift> bankDifferences(Map<String, List<List<String>>> accounts, Map<String, JsonNode> held,
                                        Map<String, LoadRecord> wanted) {
        Map<Long, String> partners = new HashMap<>();
        accounts.keySet().forEach(name -> {
            JsonNode row = held.get(name);
            if (row != null && row.has("id")) {
                partners.put(row.get("id").asLong(), name);
            }
        });
        Map<String, Map<String, String>> holders = new HashMap<>(); // partner name -> iban -> holder
        List<Long> ids = List.copyOf(partners.keySet());
        for (int from = 0; from < ids.size(); from += settings.batchSize()) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + settings.batchSize()));
            rpc.executeKw(settings.connection(), Odoo17Mapping.BANK, "search_read",
                    List.of(List.of(List.of("partner_id", "in", chunk))),
                    Map.of("fields", List.of("partner_id", "acc_number", "acc_holder_name"))).forEach(account ->
                    holders.computeIfAbsent(partners.get(OdooKeys.many2one(account.path("partner_id"))), p -> new HashMap<>())
                            .put(account.path("acc_number").asText().replace(" ", "").toUpperCase(),
                                    account.path("acc_holder_name").isTextual() ? account.path("acc_holder_name").asText() : ""));
        }
        List<Drift> drifts = new ArrayList<>();
        List<String> columns = Odoo17Mapping.BANK_ACCOUNTS.columns();
        partners.values().forEach(name -> {
            UUID supplier = wanted.get(name).event().recordId();
            Map<String, String> inOdoo = holders.getOrDefault(name, Map.of());
            for (List<String> account : accounts.get(name)) {
                String xid = account.get(columns.indexOf("id"));
                String key = Odoo17Mapping.BANK_FIELD + "[" + xid.substring(xid.lastIndexOf('_') + 1) + "]";
                String holder = inOdoo.get(account.get(columns.indexOf("acc_number")));
                if (holder == null) {
                    drifts.add(new Drift(supplier, Drift.Kind.STALE, key, "present", "absent"));
                } else if (!holder.equals(account.get(columns.indexOf("acc_holder_name")))) {
                    drifts.add(new Drift(supplier, Drift.Kind.STALE, key + ".acc_holder_name",
                            account.get(columns.indexOf("acc_holder_name")), holder));
                }
            }
        });
        return drifts;
    }

    /** The record as the hub would send it now (a BOM's parent and components are not compared). */
    private LoadRecord expectedRecord(ReleaseEvent event, JsonNode document) {
        return switch (event.domain()) {
            case ITEM -> Odoo17Mapping.item(event, document, settings.values(), precisions);
            case SUPPLIER, CUSTOMER -> Odoo17Mapping.partner(event, document);
            case BOM -> Odoo17Mapping.bom(event, document, event.recordId(), Map.of(), settings.values(), precisions);
        };
    }

    /**
     * What Odoo holds under each name, as {@code read} answers it; an archived record whose id only Odoo knew
     * is represented by {@code {"active": false}}; names Odoo does not hold are left out.
     */
    private Map<String, JsonNode> read(Collection<String> names, Map<String, LoadRecord> wanted) {
        OdooKeys.Resolved resolved = keys.any(settings.connection(), subscription, names);
        Map<String, JsonNode> held = readByIds(resolved.found().values(), wanted);
        List<String> gone = resolved.found().keySet().stream().filter(n -> !held.containsKey(n)).toList();
        if (!gone.isEmpty()) { // the key map was stale: deleted in Odoo, or re-created under a new id
            keys.forget(subscription, gone);
            OdooKeys.Resolved again = keys.recover(settings.connection(), gone);
            keys.save(subscription, again.found().values());
            held.putAll(readByIds(again.found().values(), wanted));
            again.archived().forEach(n -> held.put(n, JSON.createObjectNode().put(Odoo17Mapping.ACTIVE, false)));
        }
        resolved.archived().forEach(n -> held.put(n, JSON.createObjectNode().put(Odoo17Mapping.ACTIVE, false)));
        return held;
    }

    private Map<String, JsonNode> readByIds(Collection<OdooKey> found, Map<String, LoadRecord> wanted) {
        Map<String, List<OdooKey>> byModel = new HashMap<>();
        found.forEach(k -> byModel.computeIfAbsent(k.model(), m -> new ArrayList<>()).add(k));
        Map<String, JsonNode> held = new HashMap<>();
        byModel.forEach((model, modelKeys) -> {
            List<String> fields = fields(model, wanted.isEmpty());
            for (int from = 0; from < modelKeys.size(); from += settings.batchSize()) {
                List<OdooKey> chunk = modelKeys.subList(from, Math.min(modelKeys.size(), from + settings.batchSize()));
                Map<Long, String> names = new HashMap<>();
                chunk.forEach(k -> names.put(k.odooId(), k.externalName()));
                rpc.executeKw(settings.connection(), model, "read", List.of(List.copyOf(names.keySet()), fields), Map.of())
                        .forEach(row -> held.put(names.get(row.path("id").asLong()), row));
            }
        });
        return held;
    }

    private static List<String> fields(String model, boolean activeOnly) {
        if (activeOnly) {
            return List.of(Odoo17Mapping.ACTIVE);
        }
        Set<String> fields = new java.util.LinkedHashSet<>();
        Odoo17Mapping.COMPARED.getOrDefault(model, List.of()).forEach(c -> fields.add(c.split("/")[0]));
        if (Odoo17Mapping.BOM.equals(model)) {
            fields.add(Odoo17Mapping.BOM_LINES_FIELD);
        }
        fields.add(Odoo17Mapping.ACTIVE);
        return List.copyOf(fields);
    }

    // --- comparing ------------------------------------------------------------------------------------------

    private List<Drift> differences(LoadRecord record, JsonNode row) {
        List<Drift> drifts = new ArrayList<>();
        LoadTable table = table(record);
        List<String> compared = row.size() == 1 ? List.of(Odoo17Mapping.ACTIVE) // archived, id unknown
                : Odoo17Mapping.COMPARED.get(table.model());
        for (String column : compared) {
            String expected = record.first().get(table.columns().indexOf(column));
            JsonNode actual = row.path(column.split("/")[0]);
            if (!same(column, expected, actual)) {
                drifts.add(new Drift(record.event().recordId(), Drift.Kind.STALE, column.split("/")[0],
                        shown(column, expected), shown(actual)));
            }
        }
        if (table == Odoo17Mapping.BOMS && row.has(Odoo17Mapping.BOM_LINES_FIELD)) {
            drifts.addAll(lineDifferences(record, row.get(Odoo17Mapping.BOM_LINES_FIELD)));
        }
        return drifts;
    }

    /** Line count, and each line's quantity and unit by position (sequence). */
    private List<Drift> lineDifferences(LoadRecord bom, JsonNode lineIds) {
        List<Long> ids = new ArrayList<>();
        lineIds.forEach(id -> ids.add(id.asLong()));
        Map<String, JsonNode> actual = new HashMap<>();
        if (!ids.isEmpty()) {
            rpc.executeKw(settings.connection(), Odoo17Mapping.BOM_LINE, "read", List.of(ids, Odoo17Mapping.LINE_FIELDS), Map.of())
                    .forEach(line -> actual.put(line.path("sequence").asText(), line));
        }
        List<Drift> drifts = new ArrayList<>();
        UUID id = bom.event().recordId();
        if (ids.size() != bom.rows().size()) {
            drifts.add(new Drift(id, Drift.Kind.STALE, Odoo17Mapping.BOM_LINES_FIELD, bom.rows().size() + " lines", ids.size() + " lines"));
        }
        List<String> columns = Odoo17Mapping.BOMS.columns();
        for (List<String> line : bom.rows()) {
            String sequence = line.get(columns.indexOf("bom_line_ids/sequence"));
            JsonNode held = actual.getOrDefault(sequence, JSON.missingNode());
            for (String column : List.of("product_qty", "product_uom_id/id")) {
                String expected = line.get(columns.indexOf("bom_line_ids/" + column));
                JsonNode value = held.path(column.split("/")[0]);
                if (held.isMissingNode() || !same(column, expected, value)) {
                    drifts.add(new Drift(id, Drift.Kind.STALE, Odoo17Mapping.BOM_LINES_FIELD + "[" + sequence + "]."
                            + column.split("/")[0], expected, held.isMissingNode() ? null : shown(value)));
                }
            }
        }
        return drifts;
    }

    private static LoadTable table(LoadRecord record) {
        return switch (record.event().domain()) {
            case ITEM -> Odoo17Mapping.ITEMS;
            case SUPPLIER, CUSTOMER -> Odoo17Mapping.PARTNERS;
            case BOM -> Odoo17Mapping.BOMS;
        };
    }

    private boolean same(String column, String expected, JsonNode actual) {
        String field = column.split("/")[0];
        if (Odoo17Mapping.RANKS.contains(field)) {
            return "0".equals(expected) || actual.asLong() >= 1;
        }
        if (Odoo17Mapping.FLAGS.contains(field)) {
            return actual.asBoolean() == "1".equals(expected);
        }
        if (Odoo17Mapping.NUMBERS.contains(field)) {
            BigDecimal want = expected.isEmpty() ? BigDecimal.ZERO : new BigDecimal(expected);
            return actual.isNumber() && want.compareTo(actual.decimalValue()) == 0;
        }
        if (Odoo17Mapping.MANY2MANY.contains(field)) {
            Set<Long> want = new HashSet<>();
            for (String xid : expected.isEmpty() ? new String[0] : expected.split(",")) {
                want.add(reference(xid.strip()));
            }
            Set<Long> held = new HashSet<>();
            actual.forEach(id -> held.add(id.asLong()));
            return want.equals(held);
        }
        if (column.endsWith("/id")) {
            Long want = expected.isEmpty() ? null : reference(expected);
            Long held = OdooKeys.many2one(actual);
            return java.util.Objects.equals(want, held);
        }
        String held = actual.isTextual() ? actual.asText() : "";
        return held.equals(expected);
    }

    /** The database id of an external id such as {@code uom.product_uom_unit}, once per comparison. */
    private Long reference(String xid) {
        return references.computeIfAbsent(xid, x -> {
            int dot = x.indexOf('.');
            try {
                JsonNode answer = rpc.executeKw(settings.connection(), Odoo17Mapping.MODEL_DATA, "check_object_reference",
                        List.of(x.substring(0, dot), x.substring(dot + 1)), Map.of());
                return answer.path(1).isIntegralNumber() ? answer.path(1).asLong() : null;
            } catch (OdooException e) {
                if (e.retryable()) {
                    throw e;
                }
                return -1L; // not in this Odoo: nothing there can match it
            }
        });
    }

    private static String shown(String column, String expected) {
        if (Odoo17Mapping.FLAGS.contains(column)) {
            return String.valueOf("1".equals(expected));
        }
        return expected;
    }

    private static String shown(JsonNode actual) {
        if (actual.isArray() && (actual.isEmpty() || actual.size() > 2 || !actual.path(1).isTextual())) {
            return actual.toString(); // many2many ids
        }
        if (actual.isArray()) {
            return actual.path(1).asText(actual.path(0).asText());
        }
        if (actual.isBoolean() && !actual.asBoolean()) {
            return "false";
        }
        if (actual.isNumber()) {
            return actual.decimalValue().stripTrailingZeros().toPlainString();
        }
        return actual.isMissingNode() ? null : actual.asText();
    }

    // --- unexpected -----------------------------------------------------------------------------------------

    private List<Drift> unexpected(List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        Map<String, JsonNode> held = read(names, Map.of());
        List<Drift> drifts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            JsonNode row = held.get(name);
            if (row != null && row.path(Odoo17Mapping.ACTIVE).asBoolean(true) && seen.add(name)) {
                drifts.add(new Drift(UUID.fromString(name.substring(name.indexOf('_') + 1)), Drift.Kind.UNEXPECTED,
                        null, null, null));
            }
        }
        return drifts;
    }
}
