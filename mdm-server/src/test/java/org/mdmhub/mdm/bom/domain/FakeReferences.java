package org.mdmhub.mdm.bom.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.quality.referencedata.UnitOfMeasure;
import org.mdmhub.mdm.quality.referencedata.UnitOfMeasure.Dimension;

/** In-memory items, units, plants and BOM structure for rule tests, built fluently. */
final class FakeReferences implements BomReferences {
    private final Map<String, List<ItemRevision>> items = new HashMap<>();
    private final Map<String, UnitOfMeasure> units = new HashMap<>();
    private final Set<String> plants = new HashSet<>();
    private final Map<UUID, Map.Entry<String, List<String>>> boms = new HashMap<>();

    FakeReferences() {
        unit("KGM", "MASS", "1").unit("GRM", "MASS", "0.001").unit("C62", "COUNT", "1").unit("H87", "COUNT", "1")
                .unit("BX", "COUNT", null).unit("MTR", "LENGTH", "1");
    }

    FakeReferences unit(String code, String dimension, String factor) {
        units.put(code, new UnitOfMeasure(code, code, Dimension.valueOf(dimension), factor == null ? null : new BigDecimal(factor),
                Instant.EPOCH));
        return this;
    }

    FakeReferences item(String number, String revision, String baseUnit) {
        return item(number, revision, baseUnit, LifecycleState.DRAFT);
    }

    FakeReferences item(String number, String revision, String baseUnit, LifecycleState state) {
        items.computeIfAbsent(number, n -> new ArrayList<>()).add(new ItemRevision(number, revision, baseUnit, state));
        return this;
    }

    FakeReferences plant(String code) {
        plants.add(code);
        return this;
    }

    /** An existing BOM of {@code parent} using {@code components}. */
    FakeReferences bom(UUID id, String parent, String... components) {
        boms.put(id, Map.entry(parent, List.of(components)));
        return this;
    }

    /** Ids derived from number and revision, so the same item always has the same id in a test. */
    @Override
    public Map<ItemRef, UUID> itemIds(Collection<String> itemNumbers) {
        Map<ItemRef, UUID> ids = new HashMap<>();
        itemRevisions(itemNumbers).values().forEach(revisions -> revisions.forEach(r -> ids.put(new ItemRef(r.itemNumber(),
                r.revision()), UUID.nameUUIDFromBytes((r.itemNumber() + "/" + r.revision()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        return ids;
    }

    @Override
    public Map<String, List<ItemRevision>> itemRevisions(Collection<String> itemNumbers) {
        Map<String, List<ItemRevision>> found = new HashMap<>();
        itemNumbers.forEach(n -> Optional.ofNullable(items.get(n)).ifPresent(r -> found.put(n, r)));
        return found;
    }

    @Override
    public Optional<UnitOfMeasure> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    @Override
    public boolean plantExists(String code) {
        return plants.contains(code);
    }

    @Override
    public Optional<List<String>> pathToParent(String parentNumber, Collection<String> components, UUID saved) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String c : components) {
            cameFrom.put(c, null);
            queue.add(c);
        }
        while (!queue.isEmpty()) {
            String node = queue.poll();
            if (node.equals(parentNumber)) {
                List<String> path = new ArrayList<>();
                for (String step = node; step != null; step = cameFrom.get(step)) {
                    path.add(0, step);
                }
                return Optional.of(path);
            }
            boms.forEach((id, bom) -> {
                if (!id.equals(saved) && bom.getKey().equals(node)) {
                    bom.getValue().stream().filter(c -> !cameFrom.containsKey(c)).forEach(c -> {
                        cameFrom.put(c, node);
                        queue.add(c);
                    });
                }
            });
        }
        return Optional.empty();
    }

    @Override
    public Optional<ItemRef> item(UUID itemId) {
        return Optional.empty();
    }
}
