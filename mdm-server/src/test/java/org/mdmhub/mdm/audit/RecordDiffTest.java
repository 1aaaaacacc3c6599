package org.mdmhub.mdm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordDiffTest {
    record Weight(double value, String unit) {
    }

    record Thing(String name, Weight weight, String note) {
    }

    @Test
    void namesTopLevelAndNestedFieldsThatDiffer() {
        Thing before = new Thing("bolt", new Weight(1.0, "KGM"), null);
        Thing after = new Thing("bolt M6", new Weight(1.0, "GRM"), "new");
        assertEquals(List.of("name", "weight.unit", "note"), RecordDiff.changedFields(before, after));
    }

    @Test
    void aNestedRecordAppearingNamesEachOfItsFields() {
        Thing before = new Thing("bolt", null, null);
        Thing after = new Thing("bolt", new Weight(2.0, "KGM"), null);
        assertEquals(List.of("weight.value", "weight.unit"), RecordDiff.changedFields(before, after));
    }

    @Test
    void equalSnapshotsHaveNoChanges() {
        Thing thing = new Thing("bolt", new Weight(1.0, "KGM"), "x");
        assertEquals(List.of(), RecordDiff.changedFields(thing, new Thing("bolt", new Weight(1.0, "KGM"), "x")));
    }
}
