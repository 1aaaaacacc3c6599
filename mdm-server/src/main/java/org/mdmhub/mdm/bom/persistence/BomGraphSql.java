package org.mdmhub.mdm.bom.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

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
     * The walk down again, remembering for each item number from where it was reached (each edge once). Run
     * only when there is a cycle, to name it; read row by row and stopped at the parent.
     */
    private static final String EDGES_DOWN = """
            with recursive reach(item_number, via) as (
                select unnest(?::varchar[]), null::varchar
              union
                select l.component_item_number, r.item_number
                from reach r
                join bom b on b.parent_item_number = r.item_number
                          and b.state <> 'OBSOLETE' and b.id is distinct from ?
                join bom_line l on l.bom_id = b.id
            )
            select item_number, via from reach""";

    /** The walk up again, remembering from where each ancestor was reached; stopped at the first component. */
    private static final String EDGES_UP = """
            with recursive up(item_number, via) as (
                select ?::varchar, null::varchar
              union
                select b.parent_item_number, u.item_number
                from up u
                join bom_line l on l.component_item_number = u.item_number
                join bom b on b.id = l.bom_id and b.state <> 'OBSOLETE' and b.id is distinct from ?
            )
            select item_number, via from up""";

    /**
     * Rows of a path walk are fetched in batches: PostgreSQL then computes the recursive query only as far as
     * it is read, and the walk ends soon after the row that closes the loop.
     */
    private static final int FETCH_SIZE = 256;

    private BomGraphSql() {
    }

    /**
     * A shortest path from one of the components to the parent (both included), or empty when saving the BOM
     * closes no cycle. The path is traced in the direction whose walk found the cycle.
     */
    static Optional<List<String>> cyclePath(Connection connection, String parent, Collection<String> components, UUID saved,
                                            int ancestorLimit) throws SQLException {
        Boolean aboveParent = ancestorsInclude(connection, parent, components, saved, ancestorLimit);
        if (Boolean.TRUE.equals(aboveParent)) {
            // walked up from the parent: the path back runs from the component found down to the parent
            return Optional.of(trace(connection, EDGES_UP, parent, saved, components::contains));
        }
        if (aboveParent == null && reachesParent(connection, parent, components, saved)) {
            // walked down from the components: the path back runs from the parent up to a component
            List<String> upwards = trace(connection, EDGES_DOWN, components, saved, parent::equals);
            Collections.reverse(upwards);
            return Optional.of(upwards);
        }
        return Optional.empty();
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

    /**
     * Runs a path walk ({@link #EDGES_DOWN} from the components, {@link #EDGES_UP} from the parent) until an item
     * number the walk is looking for turns up, and gives the path from there back to where the walk began:
     * the found item number first, the start last. The walk is breadth-first, so the path is a shortest one.
     */
    private static List<String> trace(Connection connection, String walk, Object from, UUID saved,
                                      Predicate<String> sought) throws SQLException {
        Map<String, String> reachedFrom = new HashMap<>(); // item number -> the first item number it was reached from
        try (PreparedStatement statement = connection.prepareStatement(walk)) {
            statement.setFetchSize(FETCH_SIZE);
            if (from instanceof Collection<?> starts) {
                statement.setArray(1, connection.createArrayOf("varchar", starts.toArray()));
            } else {
                statement.setString(1, (String) from);
            }
            statement.setObject(2, saved);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String item = rows.getString(1);
                    String via = rows.getString(2);
                    if (!reachedFrom.containsKey(item)) {
                        reachedFrom.put(item, via);
                    }
                    if (via != null && sought.test(item)) {
                        return pathBack(reachedFrom, item);
                    }
                }
            }
        }
        throw new IllegalStateException("the walk that found a cycle did not find it again");
    }

    /**
     * From {@code found} back to the start of the walk, each step to where an item number was first reached
     * from. Rows come breadth-first, so an item number is first reached at its least depth, from an item
     * number of the depth before: the path is a shortest one.
     */
    static List<String> pathBack(Map<String, String> reachedFrom, String found) {
        List<String> path = new ArrayList<>();
        for (String step = found; step != null; step = reachedFrom.get(step)) {
            path.add(step);
        }
        return path;
    }
}
