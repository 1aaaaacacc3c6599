package org.mdmhub.mdm.item.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.platform.problem.MdmException;

class RevisionsTest {
    @ParameterizedTest
    @CsvSource({"A,B", "Y,Z", "Z,AA", "AA,AB", "AZ,BA", "ZY,ZZ"})
    void countsLikeSpreadsheetColumns(String current, String next) {
        assertEquals(next, Revisions.next(current));
    }

    @Test
    void zzIsTheLast() {
        assertThrows(MdmException.class, () -> Revisions.next("ZZ"));
    }
}
