package org.mdmhub.mdm.bom.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.platform.problem.MdmException;

class RevisionsTest {

    @Test
    void countsLikeEngineeringRevisions() {
        assertEquals("B", Revisions.next("A"));
        assertEquals("AA", Revisions.next("Z"));
        assertEquals("AB", Revisions.next("AA"));
        assertEquals("BA", Revisions.next("AZ"));
        assertThrows(MdmException.class, () -> Revisions.next("ZZ"));
    }

    @Test
    void aLongerRevisionIsNewer() {
        List<String> revisions = new ArrayList<>(List.of("AA", "B", "Z", "A", "AB"));
        revisions.sort(Revisions.ORDER);
        assertEquals(List.of("A", "B", "Z", "AA", "AB"), revisions);
    }
}
