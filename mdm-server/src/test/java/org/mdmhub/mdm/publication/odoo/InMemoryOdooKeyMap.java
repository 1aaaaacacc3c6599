package org.mdmhub.mdm.publication.odoo;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key map in memory, for connector tests without a database: a plain store, no logic of its own. Losing the
 * key map and recovering it from Odoo's external ids runs on the real one ({@code JpaOdooKeyMap}) in
 * {@code OdooPublicationIT}.
 */
final class InMemoryOdooKeyMap implements OdooKeyMap {
    private final Map<UUID, Map<String, OdooKey>> keys = new ConcurrentHashMap<>();

    @Override
    public Map<String, OdooKey> find(UUID subscriptionId, Collection<String> externalNames) {
        Map<String, OdooKey> known = keys.getOrDefault(subscriptionId, Map.of());
        Map<String, OdooKey> found = new HashMap<>();
        externalNames.forEach(n -> {
            if (known.containsKey(n)) {
                found.put(n, known.get(n));
            }
        });
        return found;
    }

    @Override
    public void save(UUID subscriptionId, Collection<OdooKey> saved) {
        saved.forEach(k -> keys.computeIfAbsent(subscriptionId, s -> new ConcurrentHashMap<>()).put(k.externalName(), k));
    }

    @Override
    public void forget(UUID subscriptionId, Collection<String> externalNames) {
        keys.getOrDefault(subscriptionId, new HashMap<>()).keySet().removeAll(externalNames);
    }
}
