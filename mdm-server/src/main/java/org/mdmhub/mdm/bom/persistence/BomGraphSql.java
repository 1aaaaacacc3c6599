package org.mdmhub.mdm.bom.persistence;

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

/**
 * The cycle check as SQL over {@code bom} and {@code bom_line}: the graph has an edge from a BOM's parent item
 * number to each of its components' item numbers, over every BOM that is not OBSOLETE, leaving out the BOM
 * being saved (its new lines replace its old ones). Saving a BOM of parent P with components C closes a cycle
 * exactly when P is reachable from some c in C — equally, when some c is among P's ancestors (the BOMs that use
 * P, the BOMs that use those, …).
 * <p>
 * Either cone can be walked, and their sizes differ by orders of magnitude: a finished product has a huge
 * explosion below it and nothing above; a low-level part the other way round. So the check first walks P's
 * ancestors, up to {@code ancestorLimit} item numbers, and answers from them when that cone is small (the
 * usual case); only when it is larger does it walk down from the components. Each walk is one recursive
 * query, so the check costs one or two round trips however deep the structure.
 */
final class BomGraphSql {
    /** Above this many ancestors the walk down from the components is taken instead. */
    static final int ANCESTOR_LIMIT = 1000;

    /**
     * P's ancestors, P included, each once (UNION, not UNION ALL: a shared assembly is walked once and the walk
     * ends even on bad data), at most limit + 1 of them: the LIMIT stops the walk, since PostgreSQL produces a
     * recursive query's rows only as they are asked for. Answers how many were seen and whether a component
     * was among them.
     */
    private static final String ANCESTORS = """
            with recursive up(item_number) as (
                select ?::varchar
              union
                select b.parent_item_number
                from up u
                join bom_line l on l.component_item_number = u.item_number
                join bom b on b.id = l.bom_id and b.state <> 'OBSOLETE' and b.id is distinct from ?
            )
            select count(*), count(*) filter (where item_number = any(?::varchar[]))
            from (select item_number from up limit ?) walked""";

    /** Every item number below the components, each once; LIMIT 1 stops the walk when the parent turns up. */
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
     * The walk down remembering, for each item number, from where it was reached (each edge at most once), up
     * to the parent. Only run when there is a cycle, to name its path.
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

    private BomGraphSql() {
    }

    /**
     * A shortest path from one of the components to the parent (both included), or empty when saving the BOM
     * closes no cycle.
     */
    static Optional<List<String>> cyclePath(Connection connection, String parent, Collection<String> components, UUID saved,
                                            int ancestorLimit) throws SQLException {
        Boolean found = ancestorsInclude(connection, parent, components, saved, ancestorLimit);
        if (found == null) {
            found = reachesParent(connection, parent, components, saved);
        }
        if (!found) {
            return Optional.empty();
        }
        return Optional.of(shortestPath(edgesToParent(connection, parent, components, saved), parent));
    }

    /** Whether a component is among the parent's ancestors; null when there are too many to tell cheaply. */
    private static Boolean ancestorsInclude(Connection connection, String parent, Collection<String> components, UUID saved,
                                            int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ANCESTORS)) {
            statement.setString(1, parent);
            statement.setObject(2, saved);
            statement.setArray(3, connection.createArrayOf("varchar", components.toArray()));
            statement.setInt(4, limit + 1);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                if (row.getLong(2) > 0) {
                    return true;
                }
                return row.getLong(1) > limit ? null : false;
            }
        }
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
        return Collections.singletonList(parent); // unreachable after a positive check
    }
}
