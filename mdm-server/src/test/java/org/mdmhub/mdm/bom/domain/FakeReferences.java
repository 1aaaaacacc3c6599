package org.mdmhub.mdm.bom.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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

/**
 * In-memory items, units and plants for rule tests, built fluently. The cycle search is not imitated here: it is
 * the database's recursive query ({@code BomGraphSqlIT} runs it on PostgreSQL); this double only answers the path
 * a test sets and records what it was asked.
 */
final class FakeReferences implements BomReferences {
    private final Map<String, List<ItemRevision>> items = new HashMap<>();
    private final Map<String, UnitOfMeasure> units = new HashMap<>();
    private final Set<String> plants = new HashSet<>();
    private Optional<List<String>> pathToParent = Optional.empty();
    final List<CycleQuestion> cycleQuestions = new ArrayList<>();

    /** What the rules asked the cycle search: from these components, is there a way up to the parent? */
    record CycleQuestion(String parent, Set<String> components, UUID saved) {
    }

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

    /** The path the cycle search answers from the components up to the parent (components first, parent last). */
    FakeReferences pathToParent(String... path) {
        pathToParent = Optional.of(List.of(path));
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
        cycleQuestions.add(new CycleQuestion(parentNumber, Set.copyOf(components), saved));
        return pathToParent;
    }

    @Override
    public Optional<ItemRef> item(UUID itemId) {
        return Optional.empty();
    }
}
