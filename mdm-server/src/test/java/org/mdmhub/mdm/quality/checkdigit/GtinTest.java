package org.mdmhub.mdm.quality.checkdigit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    // Published examples: GS1's check digit calculator sample GTIN-13 4006381333931 (Stabilo pen),
    // GTIN-12 036000291452 (UPC-A on GS1 US material), GTIN-8 96385074 (GS1 EAN-8 sample),
    // GTIN-14 10614141000415 (GS1 General Specifications example), GTIN-13 5901234123457 (EAN-13 sample).
    @ParameterizedTest
    @ValueSource(strings = {"4006381333931", "036000291452", "96385074", "10614141000415", "5901234123457"})
    void acceptsPublishedExamples(String gtin) {
        assertTrue(Gtin.isValid(gtin), gtin);
    }

    // The same numbers with one digit changed (check digit or body), a wrong length, and non-digits.
    @ParameterizedTest
    @ValueSource(strings = {"4006381333932", "4006381343931", "036000291453", "96385075", "10614141000416",
            "5901234123458", "400638133393", "40063813339311", "4006381333 31", "400638133393X", ""})
    void refusesNearMisses(String gtin) {
        assertFalse(Gtin.isValid(gtin), gtin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"400638133393"})
    void computesTheCheckDigitOfTheBody(String body) {
        assertEquals(1, Gtin.checkDigit(body));
    }
}
