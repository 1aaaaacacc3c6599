package org.mdmhub.mdm.publication.odoo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.odoo.BomLinePruner.LineKey;

/**
 * One batch of events sent to one Odoo: items first (BOMs need their variants), then partners with supplier
 * bank accounts, then BOMs; each model in {@code load} calls of at most {@code batchSize} records. A record
 * Odoo refuses is dead-lettered alone; Odoo unreachable or busy retries the rest of that model's records.
 */
final class OdooDelivery {

    private static final ObjectMapper JSON = Json.mapper();

    private final OdooSettings settings;
    private final UUID subscription;
    private final Loader loader;
    private final OdooKeys keys;
    private final BomLinePruner pruner;
    private final ItemKeys itemKeys;
    private final OdooJsonRpc rpc;
    private final Results results;
    private final Precisions precisions;
    private final Map<ReleaseEvent, JsonNode> documents = new LinkedHashMap<>();

    OdooDelivery(OdooSettings settings, Precisions precisions, UUID subscription, OdooJsonRpc rpc, OdooKeyMap keyMap,
                 ItemKeys itemKeys, Results results) {
        this.precisions = precisions;
        this.settings = settings;
        this.subscription = subscription;
        this.rpc = rpc;
        this.loader = new Loader(rpc);
        this.keys = new OdooKeys(rpc, keyMap);
        this.pruner = new BomLinePruner(rpc);
        this.itemKeys = itemKeys;
        this.results = results;
    }

    void send(List<ReleaseEvent> events) {
        for (ReleaseEvent event : events) {
            try {
                documents.put(event, JSON.readTree(event.document()));
            } catch (JsonProcessingException e) {
                results.permanent(event, "the event's document is not JSON: " + e.getOriginalMessage());
            }
        }
        items();
        partners();
        boms();
    }

    private List<ReleaseEvent> of(RecordType... domains) {
        Set<RecordType> wanted = Set.of(domains);
        return documents.keySet().stream().filter(e -> wanted.contains(e.domain())).toList();
    }

    // --- items ----------------------------------------------------------------------------------------------

    private void items() {
        List<LoadRecord> records = new ArrayList<>();
        // revisions leaving the RELEASED state first: a superseded revision hands its barcode to its successor
        for (ReleaseEvent event : of(RecordType.ITEM).stream()
                .sorted(Comparator.comparing(e -> e.state() == LifecycleState.RELEASED)).toList()) {
            try {
                records.add(Odoo17Mapping.item(event, documents.get(event), settings.values(), precisions));
            } catch (MappingException e) {
                results.permanent(event, e.getMessage());
            }
        }
        loadInChunks(Odoo17Mapping.ITEMS, records, outcome -> {
            List<OdooKey> templates = outcome.loaded().entrySet().stream()
                    .map(e -> new OdooKey(e.getKey().externalName(), Odoo17Mapping.TEMPLATE, e.getValue(), null)).toList();
            try {
                keys.save(subscription, keys.withVariants(settings.connection(), templates));
            } catch (OdooException e) {
                keys.save(subscription, templates); // the variants are recovered when a BOM needs them
            }
            outcome.loaded().forEach((record, id) -> results.delivered(record.event(), Odoo17Mapping.TEMPLATE + " " + id));
        });
    }

    // --- partners -------------------------------------------------------------------------------------------

    private void partners() {
        List<LoadRecord> records = new ArrayList<>();
        for (ReleaseEvent event : of(RecordType.SUPPLIER, RecordType.CUSTOMER)) {
            records.add(Odoo17Mapping.partner(event, documents.get(event)));
        }
        loadInChunks(Odoo17Mapping.PARTNERS, records, outcome -> {
            keys.save(subscription, outcome.loaded().entrySet().stream()
                    .map(e -> new OdooKey(e.getKey().externalName(), Odoo17Mapping.PARTNER, e.getValue(), null)).toList());
            Map<ReleaseEvent, String> notes = bankAccounts(outcome.loaded().keySet().stream()
                    .map(LoadRecord::event).filter(e -> e.domain() == RecordType.SUPPLIER).toList());
            outcome.loaded().forEach((record, id) -> results.delivered(record.event(),
                    notes.getOrDefault(record.event(), Odoo17Mapping.PARTNER + " " + id)));
        });
    }

    /** The suppliers' bank accounts; a refused account dead-letters its supplier. Notes per supplier. */
    private Map<ReleaseEvent, String> bankAccounts(List<ReleaseEvent> suppliers) {
        Map<ReleaseEvent, String> notes = new HashMap<>();
        List<LoadRecord> accounts = new ArrayList<>();
        for (ReleaseEvent supplier : suppliers) {
            try {
                Odoo17Mapping.bankAccounts(supplier, documents.get(supplier)).forEach(row ->
                        accounts.add(new LoadRecord(supplier, row.get(0), List.of(row))));
            } catch (Odoo17Mapping.MaskedIbanException e) {
                notes.put(supplier, e.getMessage());
            }
        }
        for (List<LoadRecord> chunk : chunks(accounts)) {
            loader.load(settings.connection(), Odoo17Mapping.BANK_ACCOUNTS, chunk).refused().forEach((account, message) ->
                    results.permanent(account.event(), "partner delivered, but Odoo refused a bank account: " + message));
        }
        return notes;
    }

    // --- BOMs -----------------------------------------------------------------------------------------------

    private void boms() {
        List<ReleaseEvent> boms = of(RecordType.BOM);
        if (boms.isEmpty()) {
            return;
        }
        BomItems items;
        try {
            items = BomItems.of(itemKeys, boms.stream().map(documents::get).toList());
        } catch (RuntimeException e) {
            boms.forEach(b -> results.retry(b, "the hub could not look up the BOMs' items: " + e));
            return;
        }
        Map<ReleaseEvent, BomItems.Resolved> resolved = new LinkedHashMap<>();
        for (ReleaseEvent bom : boms) {
            try {
                resolved.put(bom, items.resolve(bom, documents.get(bom)));
            } catch (MappingException e) {
                results.permanent(bom, e.getMessage());
            }
        }
        Set<String> names = resolved.values().stream()
                .flatMap(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(r.parent()), r.components().values().stream()))
                .map(Odoo17Mapping::itemName).collect(Collectors.toSet());
        OdooKeys.Resolved inOdoo;
        try {
            inOdoo = keys.items(settings.connection(), subscription, names);
        } catch (OdooException e) {
            results.failed(resolved.keySet(), e);
            return;
        }
        List<LoadRecord> records = new ArrayList<>();
        Map<ReleaseEvent, Set<LineKey>> lineKeys = new HashMap<>();
        resolved.forEach((bom, items1) -> toRecord(bom, items1, inOdoo, records, lineKeys));
        loadInChunks(Odoo17Mapping.BOMS, records, outcome -> {
            Map<Long, Set<LineKey>> expected = new HashMap<>();
            outcome.loaded().forEach((record, id) -> expected.put(id, lineKeys.get(record.event())));
            pruner.prune(settings.connection(), expected);
            keys.save(subscription, outcome.loaded().entrySet().stream()
                    .map(e -> new OdooKey(e.getKey().externalName(), Odoo17Mapping.BOM, e.getValue(), null)).toList());
            outcome.loaded().forEach((record, id) -> results.delivered(record.event(), Odoo17Mapping.BOM + " " + id));
        });
    }

    private void toRecord(ReleaseEvent bom, BomItems.Resolved items, OdooKeys.Resolved inOdoo, List<LoadRecord> records,
                          Map<ReleaseEvent, Set<LineKey>> lineKeys) {
        String parent = Odoo17Mapping.itemName(items.parent());
        if (inOdoo.absent().contains(parent)) {
            results.retry(bom, "the parent item " + parent + " is not in Odoo yet");
            return;
        }
        Map<UUID, Long> variants = new HashMap<>();
        List<String> absent = new ArrayList<>();
        List<String> archived = new ArrayList<>();
        items.components().forEach((line, component) -> {
            String name = Odoo17Mapping.itemName(component);
            OdooKey key = inOdoo.found().get(name);
            if (key != null && key.variantId() != null) {
                variants.put(line, key.variantId());
            } else if (inOdoo.archived().contains(name)) {
                archived.add(name);
            } else {
                absent.add(name);
            }
        });
        if (!absent.isEmpty()) {
            results.retry(bom, "component items not in Odoo yet: " + String.join(", ", absent));
        } else if (!archived.isEmpty()) {
            results.permanent(bom, "component items archived in Odoo, their variant ids unknown to the key map: "
                    + String.join(", ", archived));
        } else {
            try {
                JsonNode document = documents.get(bom);
                records.add(Odoo17Mapping.bom(bom, document, items.parent(), variants, settings.values(), precisions));
                lineKeys.put(bom, Odoo17Mapping.lines(document).stream()
                        .map(l -> new LineKey(l.path("position").asLong(), variants.get(Odoo17Mapping.lineId(l))))
                        .collect(Collectors.toSet()));
            } catch (MappingException e) {
                results.permanent(bom, e.getMessage());
            }
        }
    }

    // --- batching -------------------------------------------------------------------------------------------

    /**
     * Loads the records in calls of at most {@code batchSize}, each followed by {@code afterLoad} (which
     * decides the loaded records). When Odoo fails a whole call, this and the later calls' records share the
     * outcome: retry when Odoo is down or busy, refused when it refuses the call itself.
     */
    private void loadInChunks(LoadTable table, List<LoadRecord> records, Consumer<Loader.Outcome> afterLoad) {
        List<List<LoadRecord>> chunks = chunks(records);
        for (int i = 0; i < chunks.size(); i++) {
            try {
                Loader.Outcome outcome = loader.load(settings.connection(), table, chunks.get(i));
                outcome.refused().forEach((record, message) -> {
                    if (Odoo17Mapping.isIdentifierHeld(message)) {
                        results.identifierHeld(record.event(), message);
                    } else {
                        results.permanent(record.event(), message);
                    }
                });
                afterLoad.accept(outcome);
            } catch (OdooException e) {
                results.failed(chunks.subList(i, chunks.size()).stream()
                        .flatMap(List::stream).map(LoadRecord::event).toList(), e);
                return;
            }
        }
    }

    private List<List<LoadRecord>> chunks(List<LoadRecord> records) {
        List<List<LoadRecord>> chunks = new ArrayList<>();
        for (int from = 0; from < records.size(); from += settings.batchSize()) {
            chunks.add(records.subList(from, Math.min(records.size(), from + settings.batchSize())));
        }
        return chunks;
    }
}
