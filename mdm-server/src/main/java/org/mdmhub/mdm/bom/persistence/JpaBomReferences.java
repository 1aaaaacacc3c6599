package org.mdmhub.mdm.bom.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.mdmhub.mdm.bom.domain.BomReferences;
import org.mdmhub.mdm.bom.domain.ItemRef;
import org.mdmhub.mdm.bom.domain.ItemRevision;
import org.mdmhub.mdm.item.domain.Item;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.quality.referencedata.ReferenceData;
import org.mdmhub.mdm.quality.referencedata.UnitOfMeasure;
import org.mdmhub.mdm.quality.referencedata.Units;

/**
 * Items, units and plants through their own repositories and the item table; the BOM structure through
 * recursive SQL over {@code bom} and {@code bom_line}, so that a cycle check is one round trip however deep
 * the structure.
 */
@ApplicationScoped
class JpaBomReferences implements BomReferences {

    /**
     * Every item number reachable from the components through existing BOMs. UNION (not UNION ALL) keeps
     * each item number once, so shared subassemblies are walked once and the walk ends even on bad data;
     * the caller's LIMIT 1 stops the walk as soon as the parent turns up.
     */
    private static final String REACHES_PARENT = """
            with recursive reach(item_number) as (
                select unnest(?::varchar[])
              union
                select l.component_item_number
                from reach r
                join bom b on b.parent_item_number = r.item_number
                          and b.state <> 'OBSOLETE' and b.id is distinct from ?
                join bom_line l on l.bom_id = b.id
            )
            select 1 from reach where item_number = ? limit 1""";

    /**
     * The same walk remembering, for each item number, from where it was reached (each edge at most once),
     * up to the parent. Only run when there is a cycle, to name its path.
     */
    private static final String EDGES_TO_PARENT = """
            with recursive reach(item_number, via) as (
                select unnest(?::varchar[]), null::varchar
              union
                select l.component_item_number, r.item_number
                from reach r
                join bom b on b.parent_item_number = r.item_number
                          and b.state <> 'OBSOLETE' and b.id is distinct from ?
                join bom_line l on l.bom_id = b.id
                where r.item_number <> ?
            )
            select item_number, via from reach""";

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Inject
    Units units;

    @Inject
    ReferenceData referenceData;

    @Override
    public Map<String, List<ItemRevision>> itemRevisions(Collection<String> itemNumbers) {
        if (itemNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, List<ItemRevision>> revisions = new HashMap<>();
        em.createQuery("""
                        select i.itemNumber, i.revision, i.baseUnit, i.state from Item i
                        where i.itemNumber in :numbers""", Object[].class)
                .setParameter("numbers", itemNumbers)
                .getResultList()
                .forEach(row -> revisions.computeIfAbsent((String) row[0], n -> new ArrayList<>()).add(new ItemRevision(
                        (String) row[0], (String) row[1], (String) row[2], (LifecycleState) row[3])));
        return revisions;
    }

    @Override
    public Optional<UnitOfMeasure> unit(String code) {
        return units.byCode(code);
    }

    @Override
    public boolean plantExists(String code) {
        return referenceData.plant(code).isPresent();
    }

    @Override
    public Optional<ItemRef> item(UUID itemId) {
        return Optional.ofNullable(em.find(Item.class, itemId))
                .map(item -> new ItemRef(item.attributes().itemNumber(), item.attributes().revision()));
    }

    @Override
    public Optional<List<String>> pathToParent(String parentNumber, Collection<String> components, UUID saved) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            if (!reachesParent(connection, parentNumber, components, saved)) {
                return Optional.empty();
            }
            return Optional.of(shortestPath(edgesToParent(connection, parentNumber, components, saved), parentNumber));
        });
    }

    private static boolean reachesParent(Connection connection, String parent, Collection<String> components, UUID saved)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REACHES_PARENT)) {
            statement.setArray(1, connection.createArrayOf("varchar", components.toArray()));
            statement.setObject(2, saved);
            statement.setString(3, parent);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** For each reached item number, the item numbers it was reached from (null: it is a start). */
    private static Map<String, List<String>> edgesToParent(Connection connection, String parent,
                                                           Collection<String> components, UUID saved) throws SQLException {
        Map<String, List<String>> reachedFrom = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(EDGES_TO_PARENT)) {
            statement.setArray(1, connection.createArrayOf("varchar", components.toArray()));
            statement.setObject(2, saved);
            statement.setString(3, parent);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reachedFrom.computeIfAbsent(rows.getString(1), n -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return reachedFrom;
    }

    /** Breadth-first back from the parent to the nearest start: a shortest start → … → parent path. */
    static List<String> shortestPath(Map<String, List<String>> reachedFrom, String parent) {
        Map<String, String> next = new HashMap<>(); // item number -> the next step towards the parent
        Deque<String> queue = new ArrayDeque<>(List.of(parent));
        next.put(parent, null);
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (String from : reachedFrom.getOrDefault(node, List.of())) {
                if (from == null) {
                    List<String> path = new ArrayList<>();
                    for (String step = node; step != null; step = next.get(step)) {
                        path.add(step);
                    }
                    return path;
                }
                if (!next.containsKey(from)) {
                    next.put(from, node);
                    queue.add(from);
                }
            }
        }
        return Collections.singletonList(parent); // unreachable after a positive REACHES_PARENT
    }
}
