package org.mdmhub.mdm.publication.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Database ids of hub records in Odoo: from the key map when it knows them (checked with one {@code read}),
 * else recovered from the external id ({@code ir.model.data.check_object_reference}, which an integration user
 * may call) and remembered again. Odoo answers {@code [model, false]} for an archived record: its id cannot be
 * recovered that way, so it is reported as archived.
 */
final class OdooKeys {

    private static final Logger LOG = Logger.getLogger(OdooKeys.class.getName());

    private final OdooJsonRpc rpc;
    private final OdooKeyMap keyMap;

    OdooKeys(OdooJsonRpc rpc, OdooKeyMap keyMap) {
        this.rpc = rpc;
        this.keyMap = keyMap;
    }

    /** What became of each name: its key, or archived (exists, id unknown), or absent from Odoo. */
    record Resolved(Map<String, OdooKey> found, Set<String> archived, Set<String> absent) {
    }

    /**
     * Keys of items with their variant ids, every one checked against Odoo (a record deleted there is
     * forgotten and looked up again).
     */
    Resolved items(OdooConnection odoo, UUID subscription, Collection<String> names) {
        Map<String, OdooKey> known = new HashMap<>(find(subscription, names));
        Set<Long> variants = new HashSet<>();
        known.values().forEach(k -> {
            if (k.variantId() != null) {
                variants.add(k.variantId());
            }
        });
        Set<Long> existing = new HashSet<>();
        if (!variants.isEmpty()) {
            rpc.executeKw(odoo, "product.product", "read", List.of(List.copyOf(variants), List.of("id")), Map.of())
                    .forEach(row -> existing.add(row.path("id").asLong()));
        }
        List<String> stale = known.values().stream()
                .filter(k -> k.variantId() == null || !existing.contains(k.variantId()))
                .map(OdooKey::externalName).toList();
        stale.forEach(known::remove);
        forget(subscription, stale);
        Set<String> missing = new LinkedHashSet<>(names);
        missing.removeAll(known.keySet());
        Resolved recovered = recover(odoo, missing);
        List<OdooKey> withVariants = withVariants(odoo, recovered.found().values());
        save(subscription, withVariants);
        withVariants.forEach(k -> known.put(k.externalName(), k));
        return new Resolved(known, recovered.archived(), recovered.absent());
    }

    /** Keys of any records, from the key map first; those not there from their external ids. Not checked. */
    Resolved any(OdooConnection odoo, UUID subscription, Collection<String> names) {
        Map<String, OdooKey> known = new HashMap<>(find(subscription, names));
        Set<String> missing = new LinkedHashSet<>(names);
        missing.removeAll(known.keySet());
        Resolved recovered = recover(odoo, missing);
        save(subscription, recovered.found().values());
        known.putAll(recovered.found());
        return new Resolved(known, recovered.archived(), recovered.absent());
    }

    /** Looks names up by external id, one call each: only for what the key map does not know. */
    Resolved recover(OdooConnection odoo, Collection<String> names) {
        Map<String, OdooKey> found = new HashMap<>();
        Set<String> archived = new HashSet<>();
        Set<String> absent = new HashSet<>();
        for (String name : names) {
            try {
                JsonNode reference = rpc.executeKw(odoo, Odoo17Mapping.MODEL_DATA, "check_object_reference",
                        List.of(Odoo17Mapping.MODULE, name), Map.of());
                if (reference.path(1).isIntegralNumber()) {
                    found.put(name, new OdooKey(name, reference.path(0).asText(), reference.path(1).asLong(), null));
                } else {
                    archived.add(name);
                }
            } catch (OdooException e) {
                if (e.retryable()) {
                    throw e;
                }
                absent.add(name); // "External ID not found in the system"
            }
        }
        return new Resolved(found, archived, absent);
    }

    /** The same keys with their variant ids, read in one call. */
    List<OdooKey> withVariants(OdooConnection odoo, Collection<OdooKey> templates) {
        if (templates.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> variants = new HashMap<>();
        rpc.executeKw(odoo, Odoo17Mapping.TEMPLATE, "read", List.of(templates.stream().map(OdooKey::odooId).toList(),
                        List.of(Odoo17Mapping.VARIANT_FIELD)), Map.of())
                .forEach(row -> variants.put(row.path("id").asLong(), many2one(row.path(Odoo17Mapping.VARIANT_FIELD))));
        List<OdooKey> keys = new ArrayList<>();
        templates.forEach(t -> keys.add(new OdooKey(t.externalName(), t.model(), t.odooId(), variants.get(t.odooId()))));
        return keys;
    }

    static Long many2one(JsonNode value) {
        return value.isArray() ? value.path(0).asLong() : null;
    }

    // The key map is a cache: when it fails, delivery goes on and pays with lookups next time.

    Map<String, OdooKey> find(UUID subscription, Collection<String> names) {
        try {
            return names.isEmpty() ? Map.of() : keyMap.find(subscription, names);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Odoo key map not readable; recovering ids from Odoo", e);
            return Map.of();
        }
    }

    void save(UUID subscription, Collection<OdooKey> keys) {
        try {
            if (!keys.isEmpty()) {
                keyMap.save(subscription, keys);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Odoo key map not written; ids will be recovered from Odoo", e);
        }
    }

    void forget(UUID subscription, Collection<String> names) {
        try {
            if (!names.isEmpty()) {
                keyMap.forget(subscription, names);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "stale Odoo keys not removed", e);
        }
    }
}
