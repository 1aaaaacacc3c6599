package org.mdmhub.mdm.bom.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Naming the cycle from what a walk recorded: each item number and where it was first reached from. */
class CyclePathTest {

    @Test
    void followsFirstReachesBackToTheStart() {
        Map<String, String> reachedFrom = new HashMap<>();
        reachedFrom.put("P", null);   // the walk began here
        reachedFrom.put("X", "P");
        reachedFrom.put("Y", "X");
        reachedFrom.put("Z", "P");
        assertEquals(List.of("Y", "X", "P"), BomGraphSql.pathBack(reachedFrom, "Y"));
        assertEquals(List.of("Z", "P"), BomGraphSql.pathBack(reachedFrom, "Z"));
    }
}
