package org.mdmhub.mdm.bom.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Naming the cycle from the edges the recursive walk reached (item number -> where it was reached from). */
class CyclePathTest {

    private static Map<String, List<String>> reached(String... pairs) {
        Map<String, List<String>> map = new HashMap<>();
        for (String pair : pairs) {
            String[] p = pair.split("<", -1);
            map.computeIfAbsent(p[0], k -> new java.util.ArrayList<>()).add(p[1].isEmpty() ? null : p[1]);
        }
        return map;
    }

    @Test
    void findsAShortestPathFromAStartToTheParent() {
        // starts B and X; B -> C -> D -> A, X -> A; also C -> A via a longer detour
        Map<String, List<String>> edges = reached("B<", "X<", "C<B", "D<C", "A<D", "A<X", "E<B", "A<E");
        List<String> path = BomGraphSql.shortestPath(edges, "A");
        assertEquals(2, path.size(), path.toString());
        assertEquals("A", path.get(path.size() - 1));
    }

    @Test
    void followsTheOnlyChain() {
        assertEquals(Arrays.asList("B", "C", "A"), BomGraphSql.shortestPath(reached("B<", "C<B", "A<C", "Z<C"), "A"));
    }
}
